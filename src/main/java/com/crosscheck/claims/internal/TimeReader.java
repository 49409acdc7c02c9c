package com.crosscheck.claims.internal;

import com.crosscheck.claims.CalendarDate;
import org.jspecify.annotations.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time a claim refers to: an explicit date in its sentence, or a relative one ("yesterday",
 * "last week", "on Tuesday") resolved against the article's publication date. Dates without a year ("Oct. 7")
 * take the latest such day not after publication.
 */
final class TimeReader {

    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(today|yesterday|tonight|this week|last week|last month|last year|this year|this month"
                    + "|(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");
    /** The words a match of {@link #RELATIVE} starts with. */
    private static final Scan.Words RELATIVE_STARTS = new Scan.Words("today", "yesterday", "tonight", "this", "last",
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Map<String, DayOfWeek> DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
            "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);

    /** Characters within which a bare year or month is taken as a claim's time. */
    private static final int NEAR = 50;

    private TimeReader() {
    }

    /** A date as written, with its day resolved against the publication date where it lacks a year. */
    static CalendarDate resolve(CalendarDate date, @Nullable LocalDate published) {
        if (date.resolved() != null || published == null || !date.iso().startsWith("--")) {
            return date;
        }
        int month = Integer.parseInt(date.iso().substring(2, 4));
        int day = Integer.parseInt(date.iso().substring(5, 7));
        try {
            LocalDate candidate = LocalDate.of(published.getYear(), month, day);
            return new CalendarDate(date.iso(), candidate.isAfter(published) ? candidate.minusYears(1) : candidate);
        } catch (java.time.DateTimeException e) {
            return date;
        }
    }

    /**
     * The time of a claim from the dates of its sentence: the nearest one (other than the claim itself), or
     * null; {@link #relativeTime} is the fallback.
     */
    static @Nullable String nearestDate(int claimStart, List<Mention> datesInSentence, String sentence,
            int sentenceStart, @Nullable LocalDate published) {
        Mention nearest = null;
        for (Mention date : datesInSentence) {
            if (date.span().start() == claimStart || date.date() == null || date.unit().equals("time")) {
                continue;
            }
            // a bare year or month far from the claim is usually about another event ("the 2004 tsunami")
            boolean coarse = date.unit().equals("year") || date.unit().equals("month");
            if (coarse && Math.abs(date.span().start() - claimStart) > NEAR && !startsPeriod(date, sentence, sentenceStart)) {
                continue;
            }
            if (nearest == null || Math.abs(date.span().start() - claimStart) < Math.abs(nearest.span().start() - claimStart)) {
                nearest = date;
            }
        }
        if (nearest == null) {
            return null;
        }
        CalendarDate resolved = resolve(nearest.date(), published);
        String day = resolved.resolved() != null ? resolved.resolved().toString() : resolved.iso();
        return startsPeriod(nearest, sentence, sentenceStart) ? "since " + day : day;
    }

    /** "since 7 October", "since the war began in October 2023": the date starts the period a figure covers. */
    private static boolean startsPeriod(Mention date, String sentence, int sentenceStart) {
        int at = date.span().start() - sentenceStart;
        String before = sentence.substring(Math.max(0, at - SINCE_REACH), Math.max(0, at));
        return before.toLowerCase(Locale.ROOT).endsWith("since ") || SINCE_BEGAN.matcher(before).find();
    }

    /** "since the war began in October 2023", "since fighting erupted in April": the start of a period. */
    private static final Pattern SINCE_BEGAN = Pattern.compile(
            "(?i)\\bsince\\s+(?:the\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+)?\\s+(?:began|begun|started|erupted|broke out"
                    + "|started|was launched|launched)\\s+(?:on\\s+|in\\s+)?$");
    private static final int SINCE_REACH = 60;

    /** The time a sentence refers to by a relative expression ("yesterday", "on Tuesday"), or null. */
    static @Nullable String relativeTime(String sentence, @Nullable LocalDate published) {
        if (published == null) {
            return null;
        }
        // the pattern runs from the first word it can start with, if any: most sentences have none
        int from = Scan.firstWord(sentence, 0, true, RELATIVE_STARTS);
        Matcher relative = RELATIVE.matcher(sentence);
        if (from >= 0 && relative.find(from)) {
            return relative(relative.group(1).toLowerCase(Locale.ROOT), published);
        }
        return null;
    }

    /** {@code text} without {@code prefix} at its start, if it has it. */
    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static String relative(String phrase, LocalDate published) {
        String p = phrase.startsWith("on ") ? withoutPrefix(phrase, "on ") : withoutPrefix(phrase, "this ");
        if (DAYS.containsKey(withoutPrefix(p, "last "))) {
            DayOfWeek day = DAYS.get(withoutPrefix(p, "last "));
            LocalDate date = published.with(TemporalAdjusters.previousOrSame(day));
            return (p.startsWith("last ") && date.equals(published) ? date.minusWeeks(1) : date).toString();
        }
        return switch (p) {
            case "today", "tonight" -> published.toString();
            case "yesterday" -> published.minusDays(1).toString();
            case "week" -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + "/P1W";
            case "last week" -> published.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + "/P1W";
            case "last month" -> published.minusMonths(1).toString().substring(0, 7);
            case "month" -> published.toString().substring(0, 7);
            case "last year" -> Integer.toString(published.getYear() - 1);
            case "year" -> Integer.toString(published.getYear());
            default -> published.toString();
        };
    }
}
