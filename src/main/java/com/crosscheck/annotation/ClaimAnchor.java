package com.crosscheck.annotation;

import com.crosscheck.base.TextSpan;

/**
 * Where an annotation sits in an article's text, as a W3C Web Annotation TextQuoteSelector ({@code exact},
 * {@code prefix}, {@code suffix}) together with a TextPositionSelector ({@code start}, {@code end}, Java string
 * offsets into the body).
 */
public record ClaimAnchor(String exact, String prefix, String suffix, int start, int end) {

    /** How many characters of context are kept on each side. */
    public static final int CONTEXT = 32;

    public ClaimAnchor {
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("an anchor needs the quoted text, got an empty quote at " + start);
        }
        new TextSpan(start, end);
    }

    /** The anchor of {@code span} in {@code body}. */
    public static ClaimAnchor of(String body, TextSpan span) {
        return new ClaimAnchor(span.of(body), body.substring(Math.max(0, span.start() - CONTEXT), span.start()),
                body.substring(span.end(), Math.min(body.length(), span.end() + CONTEXT)), span.start(), span.end());
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }
}
