package com.crosscheck.annotation.web;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.StoredClaim;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the API shows it: offsets are Java string (UTF-16) offsets into the article body; {@code review}
 * is the analysts' review, if any, with corrections beside the extracted values.
 */
record ClaimJson(long id, long article, int start, int end, String text, String kind, double value, @Nullable Double low,
        boolean lowInclusive, @Nullable Double high, boolean highInclusive, boolean approx, String unit,
        @Nullable String qualifier, String modality, String subject, @Nullable String place, @Nullable String time,
        @Nullable String source, String section, @Nullable String addedBy, @Nullable ReviewJson review) {

    static ClaimJson of(StoredClaim stored, @Nullable ClaimReview review) {
        Claim c = stored.claim();
        var q = c.quantity();
        return new ClaimJson(stored.id().value(), stored.article().value(), c.span().start(), c.span().end(), c.text(),
                c.kind().label(), q.value(), q.low(), q.lowInclusive(), q.high(), q.highInclusive(), q.approx(), q.unit(),
                c.qualifier(), c.modality().label(), c.subject(), c.place(), c.time(), c.source(), c.section().label(),
                stored.author(), review == null ? null : ReviewJson.of(review));
    }
}
