package com.crosscheck.workbench;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.claims.Claim;

import java.util.Locale;

/**
 * The highlight of one claim, as sent to the browser: what its {@code mark} element says about it, for the
 * styles (kind colour, verdict underline and sign, review badge) and for tests that must find claims without
 * knowing the component tree: {@code data-claim-id}, {@code data-group-id} (empty when unmatched),
 * {@code data-kind}, {@code data-verdict}, {@code data-section}, {@code data-details} (the hover card's text),
 * {@code data-review} (the review status, e.g. {@code disputed}, when reviewed) and {@code data-origin}
 * ({@code analyst} for a claim an analyst added).
 *
 * @param label the accessible name: the figure, its kind, verdict and review
 */
record ClaimMark(String id, int start, int end, String group, String kind, String verdict, String section,
        String details, String label, String review, String origin) {

    static ClaimMark of(ShownClaim shown, Comparison comparison) {
        Claim claim = shown.claim();
        String verdict = comparison.verdictOf(shown.id());
        ClaimReview review = comparison.analysts().reviewOf(shown.id());
        boolean reviewed = review != null && review.status() != ReviewStatus.UNREVIEWED;
        String details = ClaimTexts.details(claim)
                + (shown.stored().isAnalystClaim() ? "\nAdded by " + shown.stored().author() : "")
                + (review == null || !review.hasContent() ? "" : "\n" + ClaimTexts.reviewLine(review));
        return new ClaimMark(shown.id(), claim.span().start(), claim.span().end(),
                comparison.groupOf(shown.id()).map(ShownGroup::id).orElse(""), claim.kind().label(), verdict,
                claim.section().label(), details,
                claim.text() + ", " + claim.kind().label() + ", " + verdict + (reviewed ? ", " + review.status().label() : ""),
                reviewed ? review.status().name().toLowerCase(Locale.ROOT).replace('_', '-') : "",
                shown.stored().isAnalystClaim() ? "analyst" : "");
    }
}
