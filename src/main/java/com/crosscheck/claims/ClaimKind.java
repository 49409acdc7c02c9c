package com.crosscheck.claims;

import java.util.Locale;

/** What a claim's number counts or measures, decided by the word it counts or the predicate that governs it. */
public enum ClaimKind {
    KILLED, INJURED, MISSING, HOSTAGES, DISPLACED, TRIP, DURATION, COUNT, MONEY, PERCENT, MEASURE, DATE, OTHER;

    /** The name used in files and on screen: {@code killed}, {@code trip}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counts of people harmed, held or uprooted: killed, injured, missing, hostages, displaced. */
    public boolean isCasualty() {
        return this == KILLED || this == INJURED || this == MISSING || this == HOSTAGES || this == DISPLACED;
    }

    /** Figures that only grow over time: a later, higher figure is news, a later, lower one a conflict. */
    public boolean isCumulative() {
        return this == KILLED || this == INJURED || this == TRIP || this == DISPLACED;
    }
}
