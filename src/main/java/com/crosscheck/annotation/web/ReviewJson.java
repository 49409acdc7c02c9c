package com.crosscheck.annotation.web;

import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.ReviewStatus;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A claim review as the API shows it; {@code version} goes back with the next change so that a concurrent
 * edit is refused (409) instead of overwritten.
 */
record ReviewJson(long id, @Nullable Long claim, ReviewStatus status, @Nullable String note, ClaimCorrection correction,
        String quote, int start, int end, long version, String createdBy, Instant createdAt, String updatedBy,
        Instant updatedAt, @Nullable String orphanReason) {

    static ReviewJson of(ClaimReview r) {
        return new ReviewJson(r.id(), r.claim() == null ? null : r.claim().value(), r.status(), r.note(), r.correction(),
                r.anchor().exact(), r.anchor().start(), r.anchor().end(), r.version(), r.createdBy(), r.createdAt(),
                r.updatedBy(), r.updatedAt(), r.orphanReason());
    }
}
