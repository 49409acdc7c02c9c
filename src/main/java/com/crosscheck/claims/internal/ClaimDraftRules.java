package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.InvalidClaimException;
import com.crosscheck.claims.Modality;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.Section;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a hand-made claim and turns it into a {@link Claim}; every problem is named for its form field. */
public final class ClaimDraftRules {

    static final int MAX_SELECTION = 300;
    static final int MAX_SUBJECT = 300;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\S+?)\\s*(?:-|\u2013|\u2014|to)\\s*(\\S+)\\s*");
    private static final Pattern UNIT = Pattern.compile("[\\p{L}%$\u20ac\u00a3/ .-]{0,40}");

    private ClaimDraftRules() {
    }

    /**
     * The claim, or an {@link InvalidClaimException} naming every problem.
     *
     * @param taken the spans of the article's claims it must not overlap
     */
    public static Claim toClaim(ClaimDraft draft, String body, TextSpan sentence, List<Claim> taken) {
        Map<String, String> problems = new LinkedHashMap<>();
        TextSpan span = draft.span();
        if (span.end() > body.length()) {
            problems.put("span", "The selection reaches past the end of the article.");
        } else if (span.of(body).isBlank()) {
            problems.put("span", "Select the figure in the article text first.");
        } else if (span.length() > MAX_SELECTION) {
            problems.put("span", "Select only the figure and a few words around it (at most " + MAX_SELECTION
                    + " characters; " + span.length() + " are selected).");
        } else {
            for (Claim other : taken) {
                if (other.span().start() < span.end() && span.start() < other.span().end()) {
                    problems.put("span", "\u201c" + other.text() + "\u201d is already a claim here; review or correct it instead.");
                    break;
                }
            }
        }
        if (draft.kind() == null) {
            problems.put("kind", "Choose what the figure counts or measures.");
        } else if (draft.kind() == ClaimKind.DATE) {
            problems.put("kind", "Dates are not compared as claims; choose another kind.");
        }
        double[] range = parseValue(draft.value(), problems);
        String unit = draft.unit().strip();
        if (!UNIT.matcher(unit).matches()) {
            problems.put("unit", "A unit is a word or symbol of at most 40 characters, such as day, USD or %.");
        }
        String subject = draft.subject().strip();
        if (subject.isEmpty()) {
            problems.put("subject", "Say what is counted, e.g. \u201cpeople killed in the strike\u201d.");
        } else if (subject.length() > MAX_SUBJECT) {
            problems.put("subject", "Keep the subject under " + MAX_SUBJECT + " characters (" + subject.length() + " now).");
        }
        if (!problems.isEmpty() || range == null) {
            throw new InvalidClaimException(problems);
        }
        Quantity quantity = range.length == 2
                ? new Quantity(range[0], range[0], true, range[1], true, false, unit)
                : draft.qualifier().bound(range[0], unit);
        return new Claim(span, span.of(body), draft.kind(), quantity, null, range.length == 2 ? null : draft.qualifier().words(),
                Modality.FACT, subject, null, null, null, sentence, Section.BODY);
    }

    /** One number, or two for a range low to high; null (with the problem recorded) when neither. */
    static double @Nullable [] parseValue(String typed, Map<String, String> problems) {
        String value = typed.strip();
        if (value.isEmpty()) {
            problems.put("value", "Enter the figure, e.g. 1200, 3.5 or a range 30-40.");
            return null;
        }
        Double single = number(value);
        if (single != null) {
            return new double[] {single};
        }
        Matcher range = RANGE.matcher(value);
        if (range.matches()) {
            Double low = number(range.group(1));
            Double high = number(range.group(2));
            if (low != null && high != null) {
                if (low > high) {
                    problems.put("value", "The range " + value + " runs backwards; write the lower figure first.");
                    return null;
                }
                return new double[] {low, high};
            }
        }
        problems.put("value", "\u201c" + value + "\u201d is not a number; write digits such as 1200, 1,200, 3.5 or a range 30-40.");
        return null;
    }

    private static @Nullable Double number(String s) {
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        double d = new BigDecimal(s.replace(",", "")).doubleValue();
        return Double.isFinite(d) ? d : null;
    }
}
