package com.crosscheck.claims;

import com.crosscheck.base.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * A claim an analyst is adding by hand, as typed into the form: checked by {@link ClaimService#addClaim}.
 *
 * @param span      the selected text's offsets in the article body
 * @param kind      what it counts or measures; required
 * @param value     the figure as typed: "1200", "1,200", "3.5", a range "30-40" or "30 to 40"
 * @param unit      what the figure is in ("day", "USD", "%", "ordinal"); blank for counts of people and things
 * @param qualifier how the article bounds the figure
 * @param subject   what is counted, in a short phrase ("civilians killed in Khan Younis"); required
 */
public record ClaimDraft(TextSpan span, @Nullable ClaimKind kind, String value, String unit,
        ClaimQualifier qualifier, String subject) {
}
