package com.crosscheck.claims;

import com.crosscheck.corpus.ArticleId;
import org.jspecify.annotations.Nullable;

/**
 * A claim as stored with its article.
 *
 * @param author the analyst who added it by hand, or null for a claim the extractor found
 */
public record StoredClaim(ClaimId id, ArticleId article, Claim claim, @Nullable String author) {

    /** An extracted claim. */
    public StoredClaim(ClaimId id, ArticleId article, Claim claim) {
        this(id, article, claim, null);
    }

    /** Whether an analyst added it (it is kept when the article is extracted again). */
    public boolean isAnalystClaim() {
        return author != null;
    }
}
