package com.crosscheck.matching;

import java.util.Set;

/**
 * What analysts decided about pairs of claims, which matching obeys over its own rules: claims kept
 * {@code apart} never share a group; claims put {@code together} share one (unless that would put two claims
 * kept apart together). Ids are those of {@link ComparedClaim#id()}.
 */
public record MatchingDecisions(Set<ClaimPair> apart, Set<ClaimPair> together) {

    public MatchingDecisions {
        apart = Set.copyOf(apart);
        together = Set.copyOf(together);
    }

    public static MatchingDecisions none() {
        return new MatchingDecisions(Set.of(), Set.of());
    }

    public boolean keepsApart(String a, String b) {
        return !apart.isEmpty() && apart.contains(ClaimPair.of(a, b));
    }

    public boolean isEmpty() {
        return apart.isEmpty() && together.isEmpty();
    }

    /** Two claim ids in a fixed order, so that (a, b) and (b, a) are the same pair. */
    public record ClaimPair(String first, String second) {

        public ClaimPair {
            if (first.equals(second)) {
                throw new IllegalArgumentException("a pair needs two different claims, got " + first + " twice");
            }
        }

        public static ClaimPair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new ClaimPair(a, b) : new ClaimPair(b, a);
        }
    }
}
