package com.crosscheck.accounts;

import com.crosscheck.accounts.AccountException.Field;
import com.crosscheck.accounts.internal.UserEntity;
import com.crosscheck.accounts.internal.UserRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users who may sign in. Reading is open to every signed-in user; every change needs the ADMIN role.
 * Refusals are {@link AccountException}s whose messages say what to fix. Usernames are compared without regard
 * to case, so "Alice" and "alice" cannot both exist. The last enabled admin can be neither disabled nor demoted,
 * so that somebody can always manage the users. A new role, a new password or being disabled ends the user's
 * open sessions ({@link UserAccessChanged}).
 */
@Service
@Transactional
public class UserService {

    public static final int MIN_USERNAME = 3;
    public static final int MAX_USERNAME = 40;
    public static final int MIN_PASSWORD = 8;
    /** BCrypt reads only the first 72 bytes of a password; longer ones would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(UserRepository users, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    /** Every user, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return users.findAll().stream().map(UserEntity::toAccount)
                .sorted(Comparator.comparing(UserAccount::username, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The user of that name (ignoring case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsernameIgnoreCase(username.strip()).map(UserEntity::toAccount);
    }

    /** Whether any user exists; false only before the first start has created the admin. */
    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** Creates an enabled user; refuses a bad username or password and a name that is taken. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(String username, String password, Role role) {
        String name = checkUsername(username);
        checkPassword(password);
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw AccountException.conflict(Field.USERNAME, "The username \u201c" + name + "\u201d is already taken.");
        }
        var user = new UserEntity(name, encoder.encode(password), role, true, clock.instant());
        UserAccount account = users.saveAndFlush(user).toAccount();
        events.publishEvent(new UserCreated(account.username(), role));
        return account;
    }

    /** Gives the user another role; the last enabled admin keeps ADMIN. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount changeRole(String username, Role role) {
        UserEntity user = existing(username);
        if (user.role() == Role.ADMIN && role != Role.ADMIN && user.enabled()) {
            guardLastAdmin(user, "demoted to " + role.label());
        }
        if (user.role() != role) {
            user.setRole(role);
            events.publishEvent(new UserAccessChanged(user.username()));
        }
        return user.toAccount();
    }

    /** Sets a new password (the user's old one stops working at once). */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount resetPassword(String username, String password) {
        UserEntity user = existing(username);
        checkPassword(password);
        user.setPasswordHash(encoder.encode(password));
        events.publishEvent(new UserAccessChanged(user.username()));
        return user.toAccount();
    }

    /** Lets the user sign in, or stops them; the last enabled admin stays enabled. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount setEnabled(String username, boolean enabled) {
        UserEntity user = existing(username);
        if (!enabled && user.enabled() && user.role() == Role.ADMIN) {
            guardLastAdmin(user, "disabled");
        }
        if (user.enabled() && !enabled) {
            events.publishEvent(new UserAccessChanged(user.username()));
        }
        user.setEnabled(enabled);
        return user.toAccount();
    }

    /**
     * Changes any of role, password and enabled at once, all or nothing (the web API's PATCH); a null leaves
     * that one as it is.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(String username, @Nullable Role role, @Nullable String password, @Nullable Boolean enabled) {
        UserAccount account = existing(username).toAccount();
        if (password != null) {
            account = resetPassword(username, password);
        }
        if (role != null) {
            account = changeRole(username, role);
        }
        if (enabled != null) {
            account = setEnabled(username, enabled);
        }
        return account;
    }

    private UserEntity existing(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> AccountException.unknownUser(username.strip()));
    }

    private void guardLastAdmin(UserEntity user, String change) {
        if (users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw AccountException.conflict(Field.ROLE, "\u201c" + user.username() + "\u201d is the last enabled admin and "
                    + "cannot be " + change + ": make another user an enabled admin first, so that somebody can "
                    + "still manage the users.");
        }
    }

    /** The username without surrounding blanks, or a refusal that says which rule it breaks. */
    static String checkUsername(@Nullable String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw AccountException.invalid(Field.USERNAME, "Enter a username.");
        }
        if (name.length() < MIN_USERNAME || name.length() > MAX_USERNAME) {
            throw AccountException.invalid(Field.USERNAME, "A username has " + MIN_USERNAME + " to " + MAX_USERNAME
                    + " characters; \u201c" + name + "\u201d has " + name.length() + ".");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw AccountException.invalid(Field.USERNAME, "A username may hold only letters (A\u2013Z, a\u2013z), "
                    + "digits, dots, underscores and hyphens; \u201c" + name + "\u201d has other characters.");
        }
        return name;
    }

    static void checkPassword(@Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw AccountException.invalid(Field.PASSWORD, "A password needs at least " + MIN_PASSWORD
                    + " characters" + (password == null || password.isEmpty() ? "." : "; this one has " + password.length() + "."));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw AccountException.invalid(Field.PASSWORD, "A password may be at most " + MAX_PASSWORD_BYTES
                    + " bytes long (72 plain letters); BCrypt ignores anything beyond.");
        }
    }
}
