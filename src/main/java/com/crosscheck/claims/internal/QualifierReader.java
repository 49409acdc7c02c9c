package com.crosscheck.claims.internal;

import com.crosscheck.claims.Modality;
import com.crosscheck.claims.internal.Bounds.Bound;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the qualifier right before a number, within its sentence, and turns it into bounds and modality. */
final class QualifierReader {

    private static final int WINDOW = 60;

    private record Rule(Pattern pattern, Bound bound, boolean approx, Modality modality) {
        Rule(String words, Bound bound, boolean approx, Modality modality) {
            this(Pattern.compile("(?i)(?<![a-z])(" + words + ")\\s*$"), bound, approx, modality);
        }
    }

    private static final String PROJECTING = "(?:could|may|might|would|will|is expected to|are expected to|expected to"
            + "|is projected to|are projected to|projected to|is likely to|are likely to|likely to|is set to|are set to"
            + "|is forecast to|forecast to|is predicted to|threatens to|threaten to)";

    /** First match wins: longer phrases come before the words they contain. */
    private static final List<Rule> RULES = List.of(
            new Rule(PROJECTING + "\\s+(?:top|exceed|surpass|pass|climb above|rise above|go beyond)", Bound.LOW_EXCLUSIVE, false, Modality.PROJECTION),
            new Rule(PROJECTING + "\\s+(?:reach|hit|rise to|climb to|grow to|increase to|double to|total|number|be)", Bound.EXACT, false, Modality.PROJECTION),
            new Rule("at least|no fewer than|no less than|not less than|a minimum of|at a minimum", Bound.LOW_INCLUSIVE, false, Modality.FACT),
            new Rule("more than|well over|over|above|in excess of|upwards of|upward of|greater than|north of|beyond"
                    + "|(?:has |have |had )?(?:surpassed|exceeded|topped|passed|crossed)|surpassing|exceeding|topping",
                    Bound.LOW_EXCLUSIVE, false, Modality.FACT),
            new Rule("up to|at most|no more than|not more than|as many as|a maximum of", Bound.HIGH_INCLUSIVE, false, Modality.FACT),
            new Rule("nearly|almost|just under|just below|less than|fewer than|under|below|close to|just shy of|short of",
                    Bound.HIGH_EXCLUSIVE, false, Modality.FACT),
            new Rule("about|around|approximately|roughly|some|an estimated|estimated|an approximate|approx\\.|circa|c\\.|~"
                    + "|more or less|something like", Bound.NONE, true, Modality.ESTIMATE),
            new Rule("between", Bound.EXACT, false, Modality.FACT));

    private QualifierReader() {
    }

    /** The qualifier ending right before {@code numberStart}, not reaching before {@code sentenceStart}. */
    static Bounds read(String body, int sentenceStart, int numberStart) {
        int from = Math.max(sentenceStart, numberStart - WINDOW);
        String before = body.substring(from, numberStart);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(before);
            if (m.find()) {
                return new Bounds(m.group(1), from + m.start(1), rule.bound(), rule.approx(), rule.modality());
            }
        }
        return Bounds.bare(numberStart);
    }
}
