package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.internal.Mention.Type;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number expressions on the raw text with exact offsets: digits in either thousands style, decimals,
 * number words, ordinals, dates and clock times, money, percentages, ranges, vague plurals ("hundreds of
 * thousands") and compounds ("48-hour", "weeklong", "four-nation"). At each position the longest expression
 * wins. Numbers inside words, URLs, handles and hyphenated identifiers ("F-16", "COVID-19") are skipped.
 * Whether an expression is a claim is decided later, on the tagged sentence.
 */
final class QuantityFinder {

    private static final String WORD_UNIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final String WORD_NUMBER = "(?:(?:a|an|" + WORD_UNIT + ")(?:[ -](?:hundred|thousand|million|billion)"
            + "(?:[ -](?:and[ -])?" + WORD_UNIT + ")?)+|a dozen|(?:" + WORD_UNIT + ") dozen|half a (?:million|billion)"
            + "|" + WORD_UNIT + ")(?:[ -]and[ -]a[ -]half)?";
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:[ -]?(?:million|billion|trillion)|bn|mn)";
    private static final String NUMBER = "(?:" + DIGITS + SCALE + "?|" + WORD_NUMBER + ")";
    private static final String MONTH = "(?:(?i:January|February|March|April|June|July|August|September|October"
            + "|November|December)|May|MAY|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String CHANGE_VERBS = "(?<!(?:rose|risen|rising|fell|fallen|falling|increased|decreased|climbed"
            + "|dropped|jumped|grew|soared|declined|raised|lowered|revised|up|down) from )";
    private static final String ORDINAL_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
            + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
            + "|fiftieth|hundredth)";
    /** A small whole number, the parts of a ratio: "one in three", "1 in 5". */
    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|\\d";
    /** Time zones written after a clock time: "1052 GMT", "08.23 BST". */
    private static final String TIME_ZONES = "GMT|UTC|Z|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT"
            + "|IST|HKT|ICT|JST|AEST|AEDT|MSK|WIB|SAST|EAT|WAT|GST|AST|IDT";
    private static final String LONG_WORDS = "(?:hour|day|week|month|year|decade|century|night|season)s?";

    private static final int CI = Pattern.CASE_INSENSITIVE;

    /** The shapes tried at each position; the longest match wins, the first on ties. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(Start.LETTER, Type.DATE, ShapeGuards::monthWord,
                    Pattern.compile(MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?![\\d:])")),
            new Shape(Start.DIGIT, Type.DATE, ShapeGuards::dayThenMonth,
                    Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+\\d{4})?(?!\\d)")),
            new Shape(Start.LETTER, Type.DATE, ShapeGuards::monthWord,
                    Pattern.compile(MONTH + ",?\\s+\\d{4}(?!\\d)")),
            new Shape(Start.DIGIT, Type.DATE, ShapeGuards::isoOrSlashDate,
                    Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}")),
            new Shape(Start.DIGIT, Type.DATE, ShapeGuards::clockTime,
                    Pattern.compile("\\d{1,2}(?::\\d{2})?\\s?(?:[ap]\\.m\\.|[ap]m\\b)|\\d{1,2}:\\d{2}(?!\\d)", CI)),
            // before the year: "1852 HKT", "1500 hours" are times of day
            new Shape(Start.DIGIT, Type.CLOCK, ShapeGuards::clockDigits,
                    Pattern.compile("(?:[01]?\\d|2[0-3])\\.?[0-5]\\d(?=\\s?(?:" + TIME_ZONES + ")\\b"
                            + "|\\s?(?:local time|hrs|hours)\\b)")),
            new Shape(Start.DIGIT, Type.DATE, ShapeGuards::fourDigits,
                    Pattern.compile("(?:1[5-9]|20)\\d{2}(?![\\d%-]|[.,]\\d)(?!\\s*(?:percent|per cent|people))")),
            new Shape(Start.DIGIT, Type.CLOCK, ShapeGuards::fourDigits,
                    Pattern.compile("(?<=\\bat )(?:[01]\\d|2[0-3])[0-5]\\d(?=\\s\\()")),
            new Shape(Start.LETTER, Type.MONEY, ShapeGuards::currencySign,
                    Pattern.compile("(?:US|A|C|NZ|HK)?[$€£¥₪]\\s?" + DIGITS + "(?:" + SCALE + "|[ -]?m\\b|k\\b)?", CI)),
            new Shape(Start.ANY, Type.MONEY, ShapeGuards::currencyWord,
                    Pattern.compile(NUMBER + "\\s+(?:U\\.?S\\.? )?(?:dollars|euros|pounds|shekels|yuan|rupees|francs|yen)", CI)),
            new Shape(Start.DIGIT, Type.PERCENT, ShapeGuards::percentAfterFigure,
                    Pattern.compile(DIGITS + "\\s?(?:%|percent\\b|per cent\\b|percentage points?)", CI)),
            new Shape(Start.LETTER, Type.PERCENT, ShapeGuards::percentAfterWords,
                    Pattern.compile(WORD_NUMBER + "\\s(?:percent\\b|per cent\\b|percentage points?)", CI)),
            new Shape(Start.LETTER, Type.PERCENT, ShapeGuards::fraction,
                    Pattern.compile("(?i)(?:(?:a|one)[ -](?:third|quarter|fifth|tenth)"
                            // "the second half of 2012", "the lower half of the table": a part of a period or a list
                            + "|(?<!(?:first|second|other|lower|upper|top|bottom|latter|former|back|front|final) )half"
                            + "|two[ -]thirds|three[ -]quarters"
                            + "|(?:two|three|four)[ -]fifths)(?=\\s+of\\b)(?!\\s+of\\s+(?:an?\\s+|the\\s+)?(?:hour|century|mile"
                            + "|minute|second|day|year|month|week|decade|point|percentage|inch|kilomet|metre|meter)\\w*)")),
            new Shape(Start.ANY, Type.PERCENT, ShapeGuards::ratio,
                    Pattern.compile("(?i)(?:" + SMALL + ")\\s(?:in|out of)\\s(?:" + SMALL + "|\\d{2,3})(?![a-z\\d,.%-]|\\.\\d)"
                            + "(?!\\s(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|games?|matches|races?|starts?)\\b)")),
            new Shape(Start.DIGIT, Type.RANGE, ShapeGuards::hyphenRange,
                    Pattern.compile(DIGITS + "\\s?[-\u2013]\\s?" + DIGITS + SCALE + "?(?![\\d-])")),
            new Shape(Start.ANY, Type.RANGE, ShapeGuards::toOrRange,
                    Pattern.compile("(?i)" + CHANGE_VERBS + "(?:" + NUMBER + ")\\s(?:to|or)\\s(?:" + NUMBER
                            + ")(?:\\s?(?:%|percent\\b|per cent\\b))?(?![a-z\\d])")),
            new Shape(Start.ANY, Type.RANGE, ShapeGuards::afterBetween,
                    Pattern.compile("(?i)(?<=between )(?:" + NUMBER + ")\\sand\\s(?:" + NUMBER
                            + ")(?:\\s?(?:%|percent\\b|per cent\\b))?(?![a-z\\d])")),
            new Shape(Start.LETTER, Type.COMPOUND, ShapeGuards::magnitude,
                    Pattern.compile("(?i)magnitude[- ]" + DIGITS + "(?![\\d])")),
            new Shape(Start.LETTER, Type.CARDINAL, ShapeGuards::twice,
                    Pattern.compile("(?i)twice(?![a-z])")),
            new Shape(Start.LETTER, Type.VAGUE, ShapeGuards::vaguePlural,
                    Pattern.compile("(?:tens|hundreds) of (?:thousands|millions)|dozens"
                            + "|hundreds|thousands|millions|billions", CI)),
            new Shape(Start.ANY, Type.COMPOUND, ShapeGuards::hyphenCompound,
                    Pattern.compile("(?:" + DIGITS + "|" + WORD_NUMBER + ")-(?:[a-z]+-)*(?:[a-z]+)(?:-old|-long)?"
                            + "(?![a-z])", CI)),
            new Shape(Start.DIGIT, Type.COMPOUND, ShapeGuards::measureUnit,
                    Pattern.compile(DIGITS + "\\s?(?:km|kilometers?|kilometres?|miles?|meters?|metres?"
                            + "|kg|kilograms?|tons?|tonnes?|feet|ft|mph|km/h|degrees?|°[CF]?)(?![a-z])", CI)),
            new Shape(Start.LETTER, Type.COMPOUND, ShapeGuards::longWord,
                    Pattern.compile("(?:" + LONG_WORDS + "-?long|(?:week|month|year|day)long|decades-long"
                            + "|years-long|months-long|weeks-long)", CI)),
            new Shape(Start.ANY, Type.ORDINAL, ShapeGuards::ordinal,
                    Pattern.compile("\\d+(?:st|nd|rd|th)(?![a-z])|" + ORDINAL_WORD + "(?![a-z])", CI)),
            new Shape(Start.ANY, Type.CARDINAL, ShapeGuards::always,
                    Pattern.compile(NUMBER + "(?![a-z\\d])", CI)));

    private static final String LINKS = "https?://\\S+|www\\.\\S+|pic\\.twitter\\.com/\\S+|\\bt\\.co/\\S+";
    private static final Pattern SKIPPED = Pattern.compile(LINKS + "|[\\w.+-]*[@#]\\w[\\w.-]*");
    /** {@link #SKIPPED} for text without "@" and "#", where its handle part cannot match but is slow to fail. */
    private static final Pattern SKIPPED_LINKS = Pattern.compile(LINKS);

    /** What the first character of a shape can be, so that most shapes are not tried at most positions. */
    private enum Start { DIGIT, LETTER, ANY;

        boolean allows(char c) {
            return this == ANY || (this == DIGIT) == Character.isDigit(c);
        }
    }

    /** A shape, and what must hold at a position for its pattern to have a chance there. */
    private record Shape(Start start, Type type, Predicate<ShapeSite> guard, Pattern pattern) {
    }

    List<Mention> find(String text) {
        boolean[] skipped = new boolean[text.length()];
        boolean mayHaveHandles = text.indexOf('@') >= 0 || text.indexOf('#') >= 0;
        boolean mayHaveLinks = mayHaveHandles || text.indexOf('/') >= 0 || text.contains("www.");
        Matcher skip = (mayHaveHandles ? SKIPPED : SKIPPED_LINKS).matcher(mayHaveLinks ? text : "");
        while (skip.find()) {
            for (int i = skip.start(); i < skip.end(); i++) {
                skipped[i] = true;
            }
        }
        var matchers = new Matcher[SHAPES.size()]; // made on first use
        var page = new ShapeSite.Page(text);
        var mentions = new ArrayList<Mention>();
        int i = 0;
        while (i < text.length()) {
            if (skipped[i] || !canStart(text, i)) {
                i++;
                continue;
            }
            Mention best = longestAt(page, i, matchers);
            if (best == null) {
                i = skipUnreadable(text, i);
            } else {
                mentions.add(best);
                i = best.span().end();
            }
        }
        return mentions;
    }

    private static boolean canStart(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c) && "$€£¥₪".indexOf(c) < 0) {
            return false;
        }
        if (i > 0) {
            char prev = text.charAt(i - 1);
            if (Character.isLetterOrDigit(prev) || prev == '_' || prev == '/' || prev == '.' && i > 1
                    && Character.isDigit(text.charAt(i - 2))) {
                return false;
            }
            // "F-16", "COVID-19", "military-first": a number hyphenated to a word is part of the word
            if (prev == '-' && i > 1 && Character.isLetter(text.charAt(i - 2))) {
                return false;
            }
        }
        return true;
    }

    /** "4-3" is not a range (a score, a vote): step over the whole figure rather than read its parts. */
    private static int skipUnreadable(String text, int i) {
        if (!ShapeGuards.isDigit(text.charAt(i))) {
            return nextWordStart(text, i); // the pattern starts with a digit
        }
        Matcher hyphenated = HYPHENATED_FIGURES.matcher(text).region(i, text.length());
        return hyphenated.lookingAt() ? hyphenated.end() : nextWordStart(text, i);
    }

    private static final Pattern HYPHENATED_FIGURES = Pattern.compile("\\d+(?:\\s?[-\u2013]\\s?\\d+)+");

    static int nextWordStart(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static @Nullable Mention longestAt(ShapeSite.Page page, int start, Matcher[] matchers) {
        String text = page.text;
        char first = text.charAt(start);
        if (Character.isLetter(first) && !NumberWordStart.mayStart(text, start)) {
            return null;
        }
        int bestEnd = -1;
        Shape bestShape = null;
        var at = new ShapeSite(page, start);
        for (int k = 0; k < matchers.length; k++) {
            Shape shape = SHAPES.get(k);
            if (!shape.start().allows(first) || !shape.guard().test(at)) {
                continue;
            }
            if (matchers[k] == null) {
                matchers[k] = shape.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            Matcher m = matchers[k].region(start, text.length());
            if (m.lookingAt() && m.end() > bestEnd && endsAtBoundary(text, m.end())) {
                bestEnd = m.end();
                bestShape = shape;
            }
        }
        return bestShape == null ? null : MentionReader.read(text, bestShape.type(), new TextSpan(start, bestEnd));
    }

    private static boolean endsAtBoundary(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end - 1) == '.';
    }
}
