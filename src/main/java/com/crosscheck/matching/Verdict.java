package com.crosscheck.matching;

import java.util.Locale;

/** What the claims of a group say together. */
public enum Verdict {
    /** The values are compatible, given bounds, approximation and rounding. */
    AGREE,
    /** The values differ, but as a growing figure reported at different times. */
    EVOLVING,
    /** Incompatible values for the same quantity at the same time, or a figure that shrank over time. */
    CONFLICT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
