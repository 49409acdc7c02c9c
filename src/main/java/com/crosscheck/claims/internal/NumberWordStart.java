package com.crosscheck.claims.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which words can start a number expression of {@link QuantityFinder}: number words, vague plurals, ordinals,
 * months, "magnitude", "twice", "weeklong", and "a"/"an"/"half" before a scale word. Asked at every word of a
 * page, so most words are turned down by their first two letters.
 */
final class NumberWordStart {

    private NumberWordStart() {
    }

    private static final Set<String> WORD_STARTS = Set.of("tens", "hundreds", "thousands", "millions", "billions",
            "dozens");
    private static final Set<String> SCALE_WORDS = Set.of("dozen", "hundred", "thousand", "million", "billion", "a");
    /** "a third of", "half of": fractions, read as shares. */
    private static final Set<String> FRACTION_WORDS = Set.of("third", "quarter", "fifth", "tenth");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> LONG_UNITS = Set.of("hour", "day", "week", "month", "year", "decade", "century",
            "night", "season", "hours", "days", "weeks", "months", "years", "decades");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** Whole words that can start a number expression: vague plurals, units, ordinals, months. */
    private static final Set<String> STARTING_WORDS = startingWords();

    private static Set<String> startingWords() {
        var words = new java.util.HashSet<String>(WORD_STARTS);
        words.addAll(NumberWords.UNITS.keySet());
        words.addAll(NumberWords.ORDINALS.keySet());
        words.addAll(MONTHS);
        words.add("magnitude");
        words.add("twice");
        return Set.copyOf(words);
    }

    /** Whether a number expression may start with the word at {@code start}: a number word, a month, "weeklong". */
    static boolean mayStart(String text, int start) {
        int end = QuantityFinder.nextWordStart(text, start);
        if (!hasNumberWordStart(text, start, end)) {
            return false;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals("a") || word.equals("an") || word.equals("half")) {
            int next = end + 1;
            String following = next < text.length() ? text.substring(next, QuantityFinder.nextWordStart(text, next)) : "";
            String lower = following.toLowerCase(Locale.ROOT);
            return SCALE_WORDS.contains(lower) || FRACTION_WORDS.contains(lower) || word.equals("half") && lower.equals("of");
        }
        return STARTING_WORDS.contains(word) || word.endsWith("long") || startsWithTens(word)
                || LONG_UNITS.contains(word) && text.startsWith("-long", end);
    }

    /** The first two letters of every word {@link #mayStart} accepts, in lower case, as {@code 26 * a + b}. */
    private static final boolean[] FIRST_TWO = firstTwo();

    private static boolean[] firstTwo() {
        var firstTwo = new boolean[26 * 26];
        var words = new java.util.ArrayList<String>(STARTING_WORDS);
        words.addAll(TENS);
        words.addAll(LONG_UNITS);
        words.addAll(List.of("an", "half"));
        for (String w : words) {
            firstTwo[26 * (w.charAt(0) - 'a') + w.charAt(1) - 'a'] = true;
        }
        return firstTwo;
    }

    /**
     * A cheap test before {@link #mayStart} makes a lower-case copy of the word: an ASCII word can only be
     * accepted if it is "a", ends in "long" or starts like an accepted word. Other words take the full test.
     */
    private static boolean hasNumberWordStart(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return true;
            }
        }
        int length = end - start;
        if (length >= 4 && Scan.regionIgnoringCase(text, end - 4, "long")) {
            return true;
        }
        char a = Character.toLowerCase(text.charAt(start));
        if (length == 1) {
            return a == 'a';
        }
        char b = Character.toLowerCase(text.charAt(start + 1));
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && FIRST_TWO[26 * (a - 'a') + b - 'a'];
    }

    private static boolean startsWithTens(String word) {
        for (String tens : TENS) {
            if (word.startsWith(tens)) {
                return true;
            }
        }
        return false;
    }
}
