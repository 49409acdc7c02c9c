package com.crosscheck.matching;

import com.crosscheck.matching.internal.RuleBasedClaimMatcher;

import java.util.List;

/** Groups the claims of several articles that measure the same quantity. Pure and thread-safe. */
public interface ClaimMatcher {

    /**
     * The groups among {@code claims}: each claim is in at most one group; groups have claims from at least two
     * articles, or are a sequence within one article ("previous four trips", "fifth trip").
     */
    default List<ClaimGroup> match(List<ComparedClaim> claims) {
        return match(claims, MatchingDecisions.none());
    }

    /** The groups among {@code claims}, obeying the analysts' {@code decisions} over the matcher's own rules. */
    List<ClaimGroup> match(List<ComparedClaim> claims, MatchingDecisions decisions);

    static ClaimMatcher standard() {
        return new RuleBasedClaimMatcher();
    }
}
