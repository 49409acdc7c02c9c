package com.crosscheck.matching;

import com.crosscheck.claims.StoredClaim;

import java.util.List;

/**
 * What analysts have said that matching must take into account: corrected values, kinds and subjects, and
 * decisions about pairs of claims. Implemented by the annotation module; matching works without it.
 */
public interface AnalystInput {

    /** The claims with analysts' corrections applied (same ids, same order). */
    List<StoredClaim> corrected(List<StoredClaim> claims);

    /** The decisions about pairs among {@code claims}, by claim id. */
    MatchingDecisions decisionsAmong(List<StoredClaim> claims);
}
