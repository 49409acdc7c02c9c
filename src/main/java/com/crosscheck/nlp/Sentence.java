package com.crosscheck.nlp;

import com.crosscheck.base.TextSpan;

/** A sentence of a text, by its offsets; a sentence never crosses a line break. */
public record Sentence(TextSpan span) {

    public String text(String of) {
        return span.of(of);
    }
}
