package com.crosscheck.claims.internal;

import java.util.Set;

/**
 * Cheap necessary conditions for the shapes of {@link QuantityFinder}. Trying two dozen patterns at every
 * figure was a fifth of extraction time; most cannot match there, and a look at the few characters a pattern
 * needs right after the figure (a unit letter, a hyphen, "to" or "or", a currency word) shows it. A guard never
 * decides a match: when it says "maybe" the pattern is tried as before, when it says no the pattern could not
 * have matched. Each guard names the part of its pattern it relies on.
 */
final class ShapeGuards {

    private ShapeGuards() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isSpace(char c) {
        return Scan.isSpace(c);
    }

    private static boolean oneOf(char c, String chars) {
        return c != '\0' && chars.indexOf(c) >= 0;
    }

    /** {@code c}, or a single {@code \s} and then {@code c}, is one of {@code chars}: "15%", "15 percent". */
    private static boolean nextIs(ShapeSite a, int at, String chars) {
        return oneOf(a.charAt(at), chars) || isSpace(a.charAt(at)) && oneOf(a.charAt(at + 1), chars);
    }

    static boolean always(ShapeSite a) {
        return true;
    }

    /** MONTH is a whole word ("Oct." and "Oct" read as "oct"). */
    static boolean monthWord(ShapeSite a) {
        return NumberWordStart.MONTHS.contains(a.word());
    }

    /** {@code \d{1,2}(?:st|nd|rd|th)?\s+MONTH}. */
    static boolean dayThenMonth(ShapeSite a) {
        int d = a.digitsEnd;
        if (a.digits() < 1 || a.digits() > 2) {
            return false;
        }
        String after = a.text.substring(d, Math.min(a.text.length(), d + 2));
        boolean suffix = after.equals("st") || after.equals("nd") || after.equals("rd") || after.equals("th");
        return isSpace(a.charAt(d)) || suffix && isSpace(a.charAt(d + 2));
    }

    /** {@code \d{4}-...} or {@code \d{1,2}/...}. */
    static boolean isoOrSlashDate(ShapeSite a) {
        char next = a.charAt(a.digitsEnd);
        return a.digits() == 4 && next == '-' || (a.digits() == 1 || a.digits() == 2) && next == '/';
    }

    /** {@code \d{1,2}} and then ":", or an optional space and "a"/"p" ("11 a.m.", "9pm"). */
    static boolean clockTime(ShapeSite a) {
        return (a.digits() == 1 || a.digits() == 2)
                && (a.charAt(a.digitsEnd) == ':' || nextIs(a, a.digitsEnd, "aApP"));
    }

    /** Four digits and no fifth: years and four-digit clock times. */
    static boolean fourDigits(ShapeSite a) {
        return a.digits() == 4;
    }

    /** {@code HHMM} or {@code H.MM}, {@code HH.MM}: "1052", "08.23". */
    static boolean clockDigits(ShapeSite a) {
        return a.digits() == 4 || a.digits() <= 2 && a.charAt(a.start + a.digits()) == '.';
    }

    /** {@code (?:US|A|C|NZ|HK)?[$€£¥₪]}: a currency sign within the first three characters. */
    static boolean currencySign(ShapeSite a) {
        for (int i = a.start; i <= a.start + 2; i++) {
            if (oneOf(a.charAt(i), "$€£¥₪")) {
                return true;
            }
        }
        return false;
    }


    /** {@code NUMBER\s+(?:U\.?S\.? )?(?:dollars|...)}: white space in the number's words, then "U" or a currency. */
    static boolean currencyWord(ShapeSite a) {
        return afterNumberWords(a, p -> {
            int q = p;
            while (isSpace(a.charAt(q))) {
                q++;
            }
            if (a.charAt(q) == 'u' || a.charAt(q) == 'U') {
                return true;
            }
            for (String word : ShapeSite.Page.CURRENCY_WORDS) {
                if (Scan.regionIgnoringCase(a.text, q, word)) {
                    return true;
                }
            }
            return false;
        }) && a.page.hasCurrencyWords();
    }

    /** {@code DIGITS\s?(?:%|percent|per cent|percentage points?)}. */
    static boolean percentAfterFigure(ShapeSite a) {
        return nextIs(a, a.figureEnd, "%pP");
    }

    /** {@code WORD_NUMBER\s(?:percent|per cent|percentage points?)}. */
    static boolean percentAfterWords(ShapeSite a) {
        return a.page.hasPercentWords() && afterNumberWords(a, p -> Scan.regionIgnoringCase(a.text, p + 1, "per"));
    }

    /** {@code DIGITS\s?[-–]\s?DIGITS}. */
    static boolean hyphenRange(ShapeSite a) {
        return nextIs(a, a.figureEnd, "-\u2013");
    }

    /** {@code NUMBER\s(?:to|or)\s NUMBER}. */
    static boolean toOrRange(ShapeSite a) {
        return afterNumberWords(a, p -> (Scan.regionIgnoringCase(a.text, p + 1, "to")
                || Scan.regionIgnoringCase(a.text, p + 1, "or")) && isSpace(a.charAt(p + 3)));
    }

    private static final Set<String> FRACTION_STARTS = Set.of("a", "one", "two", "three", "four", "half");

    /** "a third of", "two-thirds of", "half of". */
    static boolean fraction(ShapeSite a) {
        return FRACTION_STARTS.contains(a.word());
    }

    /** {@code SMALL (?:in|out of) SMALL}: "one in three", "1 in 5". */
    static boolean ratio(ShapeSite a) {
        return afterNumberWords(a, p -> Scan.regionIgnoringCase(a.text, p + 1, "in ")
                || Scan.regionIgnoringCase(a.text, p + 1, "out of "));
    }

    /** {@code (?<=between )}. */
    static boolean afterBetween(ShapeSite a) {
        return Scan.regionIgnoringCase(a.text, a.start - "between ".length(), "between ");
    }

    static boolean magnitude(ShapeSite a) {
        return a.word().equals("magnitude");
    }

    static boolean twice(ShapeSite a) {
        return a.word().equals("twice");
    }

    private static final Set<String> VAGUE = Set.of("tens", "hundreds", "dozens", "thousands", "millions", "billions");

    /** A vague plural that is a whole word, as a match must be to end at a word boundary. */
    static boolean vaguePlural(ShapeSite a) {
        return VAGUE.contains(a.word());
    }

    /** {@code (?:DIGITS|WORD_NUMBER)-[a-z]}: "48-hour", "four-nation". */
    static boolean hyphenCompound(ShapeSite a) {
        if (a.startsWithDigit()) {
            return a.charAt(a.figureEnd) == '-' && isLetter(a.charAt(a.figureEnd + 1));
        }
        for (int p = a.start; p < a.text.length() && isNumberWordChar(a.text.charAt(p)); p++) {
            if (a.text.charAt(p) == '-' && isLetter(a.charAt(p + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code DIGITS\s?(?:km|miles|meters|kg|tons|feet|ft|mph|degrees|°...)}. */
    static boolean measureUnit(ShapeSite a) {
        return nextIs(a, a.figureEnd, "kKmMtTfFdD\u00b0");
    }

    private static final Set<String> LONG_BASES = Set.of("hour", "day", "week", "month", "year", "decade", "century",
            "night", "season");

    /** "weeklong", "hour-long", "decades-long": a word ending in "long" or a time unit before "-long". */
    static boolean longWord(ShapeSite a) {
        String w = a.word();
        return w.endsWith("long") || LONG_BASES.contains(w)
                || w.endsWith("s") && LONG_BASES.contains(w.substring(0, w.length() - 1));
    }

    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");

    /** {@code \d+(?:st|nd|rd|th)}, or an ordinal word, maybe after "twenty-". */
    static boolean ordinal(ShapeSite a) {
        if (a.startsWithDigit()) {
            return oneOf(a.charAt(a.digitsEnd), "sSnNrRtT");
        }
        return NumberWords.ORDINALS.containsKey(a.word()) || TENS.contains(a.word());
    }

    /** Characters of number words and scale words: "two hundred", "twenty-five", "1.5 million". */
    private static boolean isNumberWordChar(char c) {
        return isLetter(c) || c == ' ' || c == '-';
    }

    private static final String[] SCALES = {"million", "billion", "trillion"};

    /**
     * Whether {@code test} holds at a white-space position where a number can end: after a figure, right after
     * it or after its scale word ({@code DIGITS SCALE?}, "2 million", "2-billion", "2bn"); after number words,
     * anywhere within or right after them. A pattern that continues a number with {@code \\s} and a word can
     * only continue there.
     */
    private static boolean afterNumberWords(ShapeSite a, java.util.function.IntPredicate test) {
        if (a.startsWithDigit()) {
            int f = a.figureEnd;
            if (spaceThen(a, f, test)) {
                return true;
            }
            for (String scale : SCALES) {
                int after = Scan.regionIgnoringCase(a.text, f, scale) ? f + scale.length()
                        : (a.charAt(f) == ' ' || a.charAt(f) == '-') && Scan.regionIgnoringCase(a.text, f + 1, scale)
                        ? f + 1 + scale.length() : -1;
                if (after >= 0 && spaceThen(a, after, test)) {
                    return true;
                }
            }
            return (Scan.regionIgnoringCase(a.text, f, "bn") || Scan.regionIgnoringCase(a.text, f, "mn"))
                    && spaceThen(a, f + 2, test);
        }
        for (int p = a.start; p < a.text.length(); p++) {
            char c = a.text.charAt(p);
            if (isSpace(c) && test.test(p)) {
                return true;
            }
            if (!isNumberWordChar(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean spaceThen(ShapeSite a, int p, java.util.function.IntPredicate test) {
        return isSpace(a.charAt(p)) && test.test(p);
    }
}
