package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.CalendarDate;
import org.jspecify.annotations.Nullable;

/**
 * A number expression found on the raw text, before it is judged a claim.
 *
 * @param value the number; for a range or vague plural the lower figure; for a date its year or 0
 * @param high  the upper figure of a range or vague plural, else null
 * @param unit  the unit written with it: {@code hour} in "48-hour", {@code USD} in "$2 billion", {@code %},
 *              {@code nation} in "four-nation", {@code year-old} in "3-year-old"; empty when none
 * @param date  for dates and clock times, the date as written
 */
record Mention(TextSpan span, Type type, double value, @Nullable Double high, String unit,
        @Nullable CalendarDate date) {

    /** The shapes a number expression takes. */
    enum Type {
        /** "23,000", "six", "a million", "1.2 million". */
        CARDINAL,
        /** "11th", "fifth". */
        ORDINAL,
        /** "Oct. 7, 2023", "January 2024", "2006", "11:25 a.m.". */
        DATE,
        /** A clock time written as four digits: "1052 GMT", "at 1353 (1023 GMT)". */
        CLOCK,
        /** "$2.5 billion", "5 million euros". */
        MONEY,
        /** "15%", "15 percent". */
        PERCENT,
        /** "30-40", "30 and 40" after "between". */
        RANGE,
        /** "hundreds", "tens of thousands", "dozens". */
        VAGUE,
        /** A number joined to a word: "48-hour", "weeklong", "four-nation", "3-year-old", "6.1-magnitude". */
        COMPOUND
    }

    String text(String body) {
        return span.of(body);
    }
}
