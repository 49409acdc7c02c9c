package com.crosscheck.annotation;

import com.crosscheck.claims.ClaimId;
import com.crosscheck.corpus.ArticleId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The annotation of one claim.
 *
 * @param claim        the claim it is attached to now; null when orphaned
 * @param orphanReason why it could not be attached again after re-extraction, or null
 * @param version      to be passed back when saving a change, so that a concurrent edit is caught
 */
public record ClaimReview(long id, ArticleId article, @Nullable ClaimId claim, ClaimAnchor anchor, ReviewStatus status,
        @Nullable String note, ClaimCorrection correction, long version, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt, @Nullable String orphanReason) {

    public boolean isOrphaned() {
        return claim == null;
    }

    /** Whether it says anything beyond anchoring a link: a status, note or correction. */
    public boolean hasContent() {
        return status != ReviewStatus.UNREVIEWED || note != null || !correction.isEmpty();
    }
}
