package com.crosscheck.accounts;

/**
 * What a user may do. Each role includes the ones below it (ADMIN &gt; ANALYST &gt; VIEWER); Spring Security
 * sees them as the authorities {@code ROLE_ADMIN}, {@code ROLE_ANALYST} and {@code ROLE_VIEWER}.
 */
public enum Role {
    /** Manages users, and everything an analyst does. */
    ADMIN("Admin", "manages users; everything an analyst does"),
    /** Reads, annotates, imports and exports. */
    ANALYST("Analyst", "reads, annotates, imports and exports"),
    /** Reads and exports only. */
    VIEWER("Viewer", "reads and exports");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name screens show: "Admin", "Analyst", "Viewer". */
    public String label() {
        return label;
    }

    /** What the role may do, in a few words. */
    public String description() {
        return description;
    }

    /** The role of that name (any case, blanks ignored), or a refusal that lists the roles. */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        throw AccountException.invalid(AccountException.Field.ROLE,
                "There is no role \u201c" + name + "\u201d: use ADMIN, ANALYST or VIEWER.");
    }

    /** The Spring Security authority of this role alone, such as {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
