package com.crosscheck.claims;

import org.jspecify.annotations.Nullable;

/** How an analyst's claim bounds its figure; the words are those the matrix and exports show. */
public enum ClaimQualifier {
    EXACTLY(null), ABOUT("about"), AT_LEAST("at least"), MORE_THAN("more than"), AT_MOST("at most"),
    FEWER_THAN("fewer than"), UP_TO("up to");

    private final @Nullable String words;

    ClaimQualifier(@Nullable String words) {
        this.words = words;
    }

    /** The qualifier as written in a claim, null for an exact figure. */
    public @Nullable String words() {
        return words;
    }

    /** "exactly", "about", "at least"... */
    public String label() {
        return words == null ? "exactly" : words;
    }

    /** The bounds the qualifier gives a single figure. */
    public Quantity bound(double value, String unit) {
        return switch (this) {
            case EXACTLY -> Quantity.exact(value, unit);
            case ABOUT -> new Quantity(value, null, false, null, false, true, unit);
            case AT_LEAST -> new Quantity(value, value, true, null, false, false, unit);
            case MORE_THAN -> new Quantity(value, value, false, null, false, false, unit);
            case AT_MOST, UP_TO -> new Quantity(value, null, false, value, true, false, unit);
            case FEWER_THAN -> new Quantity(value, null, false, value, false, false, unit);
        };
    }
}
