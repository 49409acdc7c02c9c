package com.crosscheck.nlp;

import com.crosscheck.base.TextSpan;

/**
 * A token with its offsets into the analysed text, its Universal Dependencies part-of-speech tag (such as
 * {@code NOUN}, {@code NUM}, {@code PROPN}; the model can also emit combined tags like {@code PROPN+PART} for
 * "Blinken's") and its lemma in lower case.
 */
public record Token(TextSpan span, String text, String pos, String lemma) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Whether the tag is {@code tag} or a combined tag that starts with it. */
    public boolean is(String tag) {
        return pos.startsWith(tag) && (pos.length() == tag.length() || pos.charAt(tag.length()) == '+');
    }

    public boolean isNoun() {
        return is("NOUN") || is("PROPN");
    }
}
