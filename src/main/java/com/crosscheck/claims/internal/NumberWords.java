package com.crosscheck.claims.internal;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Reads numbers written in digits ("23,000", "1.200", "2.6") or in words ("twenty-five", "a million", "fifth"). */
final class NumberWords {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[ -]");

    static final Map<String, Integer> UNITS = Map.ofEntries(
            entry("zero", 0), entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4),
            entry("five", 5), entry("six", 6), entry("seven", 7), entry("eight", 8), entry("nine", 9),
            entry("ten", 10), entry("eleven", 11), entry("twelve", 12), entry("thirteen", 13),
            entry("fourteen", 14), entry("fifteen", 15), entry("sixteen", 16), entry("seventeen", 17),
            entry("eighteen", 18), entry("nineteen", 19), entry("twenty", 20), entry("thirty", 30),
            entry("forty", 40), entry("fifty", 50), entry("sixty", 60), entry("seventy", 70), entry("eighty", 80),
            entry("ninety", 90));

    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            entry("first", 1), entry("second", 2), entry("third", 3), entry("fourth", 4), entry("fifth", 5),
            entry("sixth", 6), entry("seventh", 7), entry("eighth", 8), entry("ninth", 9), entry("tenth", 10),
            entry("eleventh", 11), entry("twelfth", 12), entry("thirteenth", 13), entry("fourteenth", 14),
            entry("fifteenth", 15), entry("sixteenth", 16), entry("seventeenth", 17), entry("eighteenth", 18),
            entry("nineteenth", 19), entry("twentieth", 20), entry("thirtieth", 30), entry("fortieth", 40),
            entry("fiftieth", 50), entry("sixtieth", 60), entry("seventieth", 70), entry("eightieth", 80),
            entry("ninetieth", 90), entry("hundredth", 100));

    static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L, "bn", 1_000_000_000L, "mn", 1_000_000L);

    private static final Pattern AND_A_HALF = Pattern.compile("^(.+?)[ -]and[ -]a[ -]half$");
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d{1,9})(st|nd|rd|th)");
    private static final Pattern EUROPEAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private NumberWords() {
    }

    /**
     * A figure in digits. "1.200" is read as 1,200 when {@code countContext} (a count of people or things, not
     * a measure or a scaled figure such as "1.200 million"), otherwise as 1.2.
     */
    static double parseDigits(String digits, boolean countContext) {
        String d = digits.strip();
        if (ENGLISH_THOUSANDS.matcher(d).matches()) {
            return Double.parseDouble(d.replace(",", ""));
        }
        if (EUROPEAN_THOUSANDS.matcher(d).matches() && (countContext || d.chars().filter(c -> c == '.').count() > 1)) {
            return Double.parseDouble(d.replace(".", "").replace(',', '.'));
        }
        return Double.parseDouble(d.replace(",", ""));
    }

    /**
     * A cardinal in words: "six", "twenty-five", "two hundred", "one hundred and fifty", "a dozen",
     * "two dozen", "a million", "half a million", "two-and-a-half", "one and a half". Null if it is not one.
     */
    static @Nullable Double parseWords(String words) {
        String w = WHITESPACE.matcher(words.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        double half = 0;
        var halfMatcher = AND_A_HALF.matcher(w);
        if (halfMatcher.matches()) {
            w = halfMatcher.group(1);
            half = 0.5;
        }
        if (w.startsWith("half a ")) {
            Long scale = SCALES.get(w.substring("half a ".length()));
            return scale == null ? null : scale / 2.0;
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String part : WORD_SEPARATOR.split(w)) {
            if (part.equals("and") && any) {
                continue;
            }
            if ((part.equals("a") || part.equals("an")) && !any) {
                current = 1;
                any = true;
                continue;
            }
            Integer unit = UNITS.get(part);
            if (unit != null) {
                current += unit;
                any = true;
                continue;
            }
            if (part.equals("dozen") && any) {
                current *= 12;
                continue;
            }
            Long scale = SCALES.get(part);
            if (scale == null || !any) {
                return null;
            }
            if (scale == 100) {
                current *= 100;
            } else {
                total += current * scale;
                current = 0;
            }
        }
        if (!any) {
            return null;
        }
        double value = total + current + half;
        return half > 0 && total + current == 0 ? null : value;
    }

    /** An ordinal in words ("fifth", "twenty-first") or digits ("11th"), or null. */
    static @Nullable Integer parseOrdinal(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            var digits = DIGIT_ORDINAL.matcher(t);
            return digits.matches() ? Integer.valueOf(Integer.parseInt(digits.group(1))) : null;
        }
        Integer simple = ORDINALS.get(t);
        if (simple != null) {
            return simple;
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(t.substring(0, dash));
            Integer unit = ORDINALS.get(t.substring(dash + 1));
            if (tens != null && tens >= 20 && tens % 10 == 0 && unit != null && unit < 10) {
                return tens + unit;
            }
        }
        return null;
    }
}
