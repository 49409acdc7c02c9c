package com.crosscheck.workbench;

import com.crosscheck.claims.Claim;

/**
 * The highlight of one claim, as sent to the browser: what its {@code mark} element says about it, for the
 * styles (kind colour, verdict underline and sign) and for tests that must find claims without knowing the
 * component tree: {@code data-claim-id}, {@code data-group-id} (empty when unmatched), {@code data-kind},
 * {@code data-verdict}, {@code data-section} and {@code data-details} (the hover card's text).
 *
 * @param label the accessible name: the figure, its kind and verdict
 */
record ClaimMark(String id, int start, int end, String group, String kind, String verdict, String section,
        String details, String label) {

    static ClaimMark of(ShownClaim shown, Comparison comparison) {
        Claim claim = shown.claim();
        String verdict = comparison.verdictOf(shown.id());
        return new ClaimMark(shown.id(), claim.span().start(), claim.span().end(),
                comparison.groupOf(shown.id()).map(ShownGroup::id).orElse(""), claim.kind().label(), verdict,
                claim.section().label(), ClaimTexts.details(claim), claim.text() + ", " + claim.kind().label() + ", " + verdict);
    }
}
