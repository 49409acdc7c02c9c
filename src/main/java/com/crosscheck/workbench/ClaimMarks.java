package com.crosscheck.workbench;

import com.crosscheck.claims.Claim;
import com.vaadin.flow.dom.Element;

/**
 * The highlight of one claim in the text: a {@code mark} element whose attributes say what it is, for the
 * styles (kind colour, verdict underline and sign) and for tests that must find claims without knowing the
 * component tree: {@code data-claim-id}, {@code data-group-id} (empty when unmatched), {@code data-kind},
 * {@code data-verdict}, {@code data-section}, {@code data-details} (the hover card's text), and {@code data-selected} while its group is selected.
 */
final class ClaimMarks {

    static final String SELECTED = "data-selected";

    private ClaimMarks() {
    }

    static Element mark(ShownClaim shown, String text, Comparison comparison) {
        Claim claim = shown.claim();
        String verdict = comparison.verdictOf(shown.id());
        var mark = new Element("mark");
        mark.setText(text);
        mark.setAttribute("class", "claim");
        mark.setAttribute("data-claim-id", shown.id());
        mark.setAttribute("data-group-id", comparison.groupOf(shown.id()).map(ShownGroup::id).orElse(""));
        mark.setAttribute("data-kind", claim.kind().label());
        mark.setAttribute("data-verdict", verdict);
        mark.setAttribute("data-section", claim.section().label());
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("role", "button");
        mark.setAttribute("data-details", ClaimTexts.details(claim));
        mark.setAttribute("aria-label", text + ", " + claim.kind().label() + ", " + verdict);
        return mark;
    }
}
