package com.crosscheck.claims.internal;

import com.crosscheck.claims.Modality;
import com.crosscheck.claims.internal.Bounds.Bound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the qualifier right before a number, within its sentence, and turns it into bounds and modality. The
 * last few words before the number are looked up as phrases, longest first: "could top" before "top".
 */
final class QualifierReader {

    private static final int MAX_WORDS = 5;
    private static final int WINDOW = 60;

    private record Rule(Bound bound, boolean approx, Modality modality) {
    }

    private static final Map<String, Rule> PHRASES = new HashMap<>();

    static {
        var projecting = List.of("could", "may", "might", "would", "will", "is expected to", "are expected to",
                "expected to", "is projected to", "are projected to", "projected to", "is likely to", "are likely to",
                "likely to", "is set to", "are set to", "is forecast to", "forecast to", "is predicted to",
                "threatens to", "threaten to");
        for (String modal : projecting) {
            for (String verb : List.of("top", "exceed", "surpass", "pass", "climb above", "rise above", "go beyond")) {
                add(modal + " " + verb, Bound.LOW_EXCLUSIVE, false, Modality.PROJECTION);
            }
            for (String verb : List.of("reach", "hit", "rise to", "climb to", "grow to", "increase to", "double to",
                    "total", "number", "be")) {
                add(modal + " " + verb, Bound.EXACT, false, Modality.PROJECTION);
            }
        }
        for (String p : List.of("at least", "no fewer than", "no less than", "not less than", "a minimum of", "at a minimum")) {
            add(p, Bound.LOW_INCLUSIVE, false, Modality.FACT);
        }
        for (String p : List.of("more than", "well over", "over", "above", "in excess of", "upwards of", "upward of",
                "greater than", "north of", "beyond", "surpassed", "exceeded", "topped", "passed", "crossed",
                "has surpassed", "have surpassed", "had surpassed", "has exceeded", "have exceeded", "had exceeded",
                "has topped", "have topped", "has passed", "have passed", "surpassing", "exceeding", "topping")) {
            add(p, Bound.LOW_EXCLUSIVE, false, Modality.FACT);
        }
        for (String p : List.of("up to", "at most", "no more than", "not more than", "as many as", "a maximum of")) {
            add(p, Bound.HIGH_INCLUSIVE, false, Modality.FACT);
        }
        for (String p : List.of("nearly", "almost", "just under", "just below", "less than", "fewer than", "under",
                "below", "close to", "just shy of", "short of")) {
            add(p, Bound.HIGH_EXCLUSIVE, false, Modality.FACT);
        }
        for (String p : List.of("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
                "an approximate", "approx.", "circa", "c.", "~", "more or less", "something like")) {
            add(p, Bound.NONE, true, Modality.ESTIMATE);
        }
        add("between", Bound.EXACT, false, Modality.FACT);
    }

    private static void add(String phrase, Bound bound, boolean approx, Modality modality) {
        PHRASES.put(phrase, new Rule(bound, approx, modality));
    }

    private QualifierReader() {
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || "\"\u201c\u201d\u2018\u2019([{,;:".indexOf(c) >= 0;
    }

    /** The qualifier ending right before {@code numberStart}, not reaching before {@code sentenceStart}. */
    static Bounds read(String body, int sentenceStart, int numberStart) {
        int from = Math.max(sentenceStart, numberStart - WINDOW);
        // the start offsets of the last few words before the number, nearest first
        List<Integer> starts = new ArrayList<>(MAX_WORDS);
        int i = numberStart;
        while (i > from && isSeparator(body.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (starts.size() < MAX_WORDS && i > from) {
            while (i > from && !isSeparator(body.charAt(i - 1))) {
                i--;
            }
            starts.add(i);
            while (i > from && Character.isWhitespace(body.charAt(i - 1))) {
                i--;
            }
            if (i > from && !Character.isWhitespace(body.charAt(i - 1)) && isSeparator(body.charAt(i - 1))) {
                break; // a quote or bracket ends the phrase: "estimates \"at least 50"
            }
        }
        for (int n = starts.size(); n >= 1; n--) {
            int start = starts.get(n - 1);
            String phrase = Scan.collapseSpaces(body, start, end);
            Rule rule = PHRASES.get(phrase.toLowerCase(Locale.ROOT));
            if (rule != null) {
                return new Bounds(phrase, start, rule.bound(), rule.approx(), rule.modality());
            }
        }
        return Bounds.bare(numberStart);
    }
}
