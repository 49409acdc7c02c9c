package com.crosscheck.base;

/**
 * A half-open range {@code [start, end)} of character offsets into an article body, in Java {@code String}
 * indices. Every highlight, claim and annotation in Crosscheck points into a body through one of these.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0) {
            throw new IllegalArgumentException("span start must not be negative, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end " + end + " is before its start " + start);
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered text of {@code text}; fails when the span reaches past its end. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") reaches past the text's length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }
}
