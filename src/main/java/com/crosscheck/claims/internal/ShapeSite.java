package com.crosscheck.claims.internal;

import org.jspecify.annotations.Nullable;

/**
 * A position where a number expression may start, with the runs of characters the guards of
 * {@link ShapeGuards} read, and the page it is on.
 */
final class ShapeSite {

    final Page page;
    final String text;
    final int start;
    /** The end of the ASCII digits from {@code start}: a pattern's {@code \d+} or {@code \d{1,2}} ends here. */
    final int digitsEnd;
    /**
     * The end of the digits, commas and points from {@code start}. A pattern's {@code DIGITS} ends here
     * whenever what follows it cannot begin with one of those characters.
     */
    final int figureEnd;
    private @Nullable String word;

    ShapeSite(Page page, int start) {
        this.page = page;
        this.text = page.text;
        this.start = start;
        int i = start;
        while (i < text.length() && ShapeGuards.isDigit(text.charAt(i))) {
            i++;
        }
        digitsEnd = i;
        while (i < text.length() && (ShapeGuards.isDigit(text.charAt(i)) || text.charAt(i) == ','
                || text.charAt(i) == '.')) {
            i++;
        }
        figureEnd = start < digitsEnd ? i : start;
    }

    boolean startsWithDigit() {
        return digitsEnd > start;
    }

    int digits() {
        return digitsEnd - start;
    }

    char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    /** The ASCII letters from {@code start}, in lower case: a word a case-insensitive pattern starts with. */
    String word() {
        if (word == null) {
            int end = start;
            while (end < text.length() && ShapeGuards.isLetter(text.charAt(end))) {
                end++;
            }
            word = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        }
        return word;
    }

    /** Words of the whole text that shapes need, looked for once per text and only if asked. */
    static final class Page {

        static final String[] CURRENCY_WORDS = {"dollars", "euros", "pounds", "shekels", "yuan", "rupees", "francs",
            "yen"};

        final String text;
        private @Nullable Boolean currencyWords;
        private @Nullable Boolean percentWords;
        private @Nullable String lowerCase;

        Page(String text) {
            this.text = text;
        }

        /**
         * The text in lower case, for asking whether a word occurs at all: every case-insensitive match of an
         * ASCII word is found in it (offsets may shift, which does not matter here).
         */
        private String lowerCase() {
            if (lowerCase == null) {
                lowerCase = text.toLowerCase(java.util.Locale.ROOT);
            }
            return lowerCase;
        }

        boolean hasCurrencyWords() {
            if (currencyWords == null) {
                currencyWords = Scan.first(lowerCase(), CURRENCY_WORDS) >= 0;
            }
            return currencyWords;
        }

        boolean hasPercentWords() {
            if (percentWords == null) {
                percentWords = Scan.first(lowerCase(), "percent", "per cent") >= 0;
            }
            return percentWords;
        }
    }
}
