package com.crosscheck.nlp.internal;

/**
 * Replaces curly quotes with straight ones, one character for one, so that offsets stay valid. The models
 * were trained on straight quotes: "IDF’s" with a curly apostrophe would split into "ID" + "F’s".
 */
final class QuoteNormalizer {

    private QuoteNormalizer() {
    }

    static char normalise(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    static String normalise(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = normalise(c);
            if (replacement != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = replacement;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
