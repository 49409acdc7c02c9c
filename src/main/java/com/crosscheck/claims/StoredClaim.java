package com.crosscheck.claims;

import com.crosscheck.corpus.ArticleId;

/** A claim as stored with its article. */
public record StoredClaim(ClaimId id, ArticleId article, Claim claim) {
}
