package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.CalendarDate;
import com.crosscheck.claims.internal.Mention.Type;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Turns the text of a found number expression into its value, upper figure, unit and date. */
final class MentionReader {

    private static final Pattern PLURAL_LONG = Pattern.compile(".*s-long");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[\\d.,]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK_TIME = Pattern.compile("(?i).*(a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}:\\d{2}");
    private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,]$");
    private static final Pattern BEFORE_FIRST_DIGIT = Pattern.compile("^[^\\d]*?(?=\\d)");
    private static final Pattern CURRENCY_WORDS = Pattern.compile("(?i)\\s+(U\\.?S\\.? )?(dollars|euros|pounds|shekels|yuan|rupees|francs|yen)$");
    private static final Pattern PERCENT_WORDS = Pattern.compile("(?i)\\s?(%|percent|per cent|percentage points?)$");
    /** "a third of", "two-thirds of": a share, read as a percentage. */
    private static final Map<String, Double> FRACTIONS = Map.of("a third", 33.3, "a quarter", 25.0, "a fifth", 20.0,
            "a tenth", 10.0, "half", 50.0, "two thirds", 66.7, "three quarters", 75.0, "two fifths", 40.0,
            "three fifths", 60.0, "four fifths", 80.0);
    /** "one in three", "1 out of 5": a share, read as a percentage. */
    private static final Pattern RATIO = Pattern.compile("(?i)(\\S+)\\s(?:in|out of)\\s(\\S+)");
    private static final Pattern PERCENT_SUFFIX = Pattern.compile("(?i)\\s?(%|percent|per cent)$");
    private static final Pattern LONG_SUFFIX = Pattern.compile("-long$");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("(?i)\\s?[-\u2013]\\s?|\\s(?:to|or|and)\\s");

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern SCALE = Pattern.compile("(million|billion|trillion|bn|mn|m\\b|k\\b)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            entry("jan", 1), entry("feb", 2), entry("mar", 3), entry("apr", 4), entry("may", 5), entry("jun", 6),
            entry("jul", 7), entry("aug", 8), entry("sep", 9), entry("oct", 10), entry("nov", 11), entry("dec", 12));
    private static final Pattern MONTH_WORD = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s?([ap])?", Pattern.CASE_INSENSITIVE);
    /** Vague plurals as ranges: "hundreds" is 200 to 999. */
    private static final Map<String, double[]> VAGUE = Map.of("dozens", new double[] {24, 99},
            "hundreds", new double[] {200, 999}, "thousands", new double[] {2_000, 9_999},
            "millions", new double[] {2e6, 9_999_999}, "billions", new double[] {2e9, 9_999_999_999.0},
            "tens of thousands", new double[] {20_000, 99_999}, "hundreds of thousands", new double[] {200_000, 999_999},
            "tens of millions", new double[] {2e7, 99_999_999}, "hundreds of millions", new double[] {2e8, 999_999_999});

    private static final Pattern LONG_WORD = Pattern.compile("(hour|day|week|month|year|decade|centur|night|season)[a-z]*?s?-?long");
    private static final Pattern MEASURED = Pattern.compile("([\\d.,]+)\\s?([a-z°/]+)");
    private static final Pattern INTEGER = Pattern.compile("\\d+");

    private MentionReader() {
    }

    static @Nullable Mention read(String text, Type type, TextSpan span) {
        String t = span.of(text);
        return switch (type) {
            case DATE -> date(t, span);
            case CLOCK -> {
                String digits = t.replace(".", "");
                String hhmm = digits.length() == 3 ? "0" + digits : digits; // "9.41" is 09:41
                yield new Mention(span, Type.DATE, 0, null, "time",
                        new CalendarDate("T" + hhmm.substring(0, 2) + ":" + hhmm.substring(2, 4), null));
            }
            case MONEY -> money(t, span);
            case PERCENT -> percent(t, span);
            case RANGE -> range(t, span);
            case VAGUE -> {
                double[] range = VAGUE.get(t.toLowerCase(Locale.ROOT));
                yield range == null ? null : new Mention(span, type, range[0], range[1], "", null);
            }
            case COMPOUND -> compound(t, span);
            case ORDINAL -> {
                Integer n = NumberWords.parseOrdinal(t);
                yield n == null ? null : new Mention(span, type, n, null, "ordinal", null);
            }
            case CARDINAL -> {
                Double n = t.equalsIgnoreCase("twice") ? Double.valueOf(2) : number(t, true);
                yield n == null ? null : new Mention(span, type, n, null, "", null);
            }
        };
    }

    /** A cardinal in digits (with an optional scale word) or in words. */
    static @Nullable Double number(String t, boolean countContext) {
        Matcher digits = DIGITS.matcher(t);
        if (digits.find()) {
            String d = TRAILING_PUNCTUATION.matcher(digits.group()).replaceAll("");
            Matcher scale = SCALE.matcher(t.substring(digits.end()));
            boolean scaled = scale.find();
            double value = NumberWords.parseDigits(d, countContext && !scaled);
            return scaled ? value * scaleOf(scale.group(1)) : value;
        }
        return NumberWords.parseWords(t);
    }

    private static double scaleOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "million", "mn", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            case "k" -> 1e3;
            default -> 1;
        };
    }

    private static @Nullable Mention money(String t, TextSpan span) {
        Double value = number(BEFORE_FIRST_DIGIT.matcher(t).replaceAll(""), false);
        if (value == null) {
            value = number(CURRENCY_WORDS.matcher(t).replaceAll(""), false);
        }
        if (value == null) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        String currency = lower.contains("€") ? "EUR" : lower.contains("£") ? "GBP" : lower.contains("₪") ? "ILS"
                : lower.contains("¥") ? "JPY/CNY" : currencyWord(lower);
        return new Mention(span, Type.MONEY, value, null, currency, null);
    }

    /** The currency a figure names in words ("2 million euros"), by {@link Lexicon#CURRENCY_NOUNS}; else dollars. */
    private static String currencyWord(String lower) {
        for (var currency : Lexicon.CURRENCY_NOUNS.entrySet()) {
            if (lower.contains(currency.getKey())) {
                return currency.getValue();
            }
        }
        return "USD";
    }

    private static @Nullable Mention percent(String t, TextSpan span) {
        Double fraction = FRACTIONS.get(t.toLowerCase(Locale.ROOT).replace('-', ' ').replace("one ", "a "));
        if (fraction != null) {
            return new Mention(span, Type.PERCENT, fraction, null, "%", null);
        }
        Matcher ratio = RATIO.matcher(t);
        if (ratio.matches()) {
            Double part = number(ratio.group(1), false);
            Double whole = number(ratio.group(2), false);
            return part == null || whole == null || whole <= part ? null
                    : new Mention(span, Type.PERCENT, Math.round(1000 * part / whole) / 10.0, null, "%", null);
        }
        String number = PERCENT_WORDS.matcher(t).replaceAll("");
        Double value = number(number, false);
        String unit = t.toLowerCase(Locale.ROOT).contains("point") ? "percentage points" : "%";
        return value == null ? null : new Mention(span, Type.PERCENT, value, null, unit, null);
    }

    private static @Nullable Mention range(String t, TextSpan span) {
        String unit = PERCENT_SUFFIX.matcher(t).find() ? "%" : "";
        String figures = PERCENT_SUFFIX.matcher(t).replaceAll("");
        String[] parts = RANGE_SEPARATOR.split(figures, 2);
        if (parts.length < 2) {
            return null;
        }
        Double low = number(parts[0], true);
        Double high = number(parts[1], true);
        if (low == null || high == null) {
            return null;
        }
        if (SCALE.matcher(parts[1]).find() && low < high / 1000) {
            low = low * scaleOf(scaleWord(parts[1]));
        }
        return low < high ? new Mention(span, Type.RANGE, low, high, unit, null) : null;
    }

    private static String scaleWord(String t) {
        Matcher m = SCALE.matcher(t);
        return m.find() ? m.group(1) : "";
    }

    /** "48-hour", "two-and-a-half-hour", "four-nation", "3-year-old", "6.1-magnitude", "10 km", "weeklong". */
    private static @Nullable Mention compound(String t, TextSpan span) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("magnitude")) {
            Double value = number(lower.substring("magnitude".length() + 1), false);
            return value == null ? null : new Mention(span, Type.COMPOUND, value, null, "magnitude", null);
        }
        Matcher longWord = LONG_WORD.matcher(lower);
        if (longWord.matches()) {
            boolean plural = PLURAL_LONG.matcher(lower).matches();
            return new Mention(span, plural ? Type.VAGUE : Type.COMPOUND, plural ? 2 : 1, null,
                    unitName(longWord.group(1)), null);
        }
        Matcher measured = MEASURED.matcher(lower);
        if (measured.matches()) {
            Double value = number(measured.group(1), false);
            return value == null ? null : new Mention(span, Type.COMPOUND, value, null, unitName(measured.group(2)), null);
        }
        // "thirty-three" is one number, not thirty of a unit "three"
        Double whole = NumberWords.parseWords(lower);
        if (whole != null) {
            return new Mention(span, Type.CARDINAL, whole, null, "", null);
        }
        // the longest hyphen-split prefix that reads as a number is the number; the rest is the unit
        String[] parts = lower.split("-");
        for (int cut = parts.length - 1; cut >= 1; cut--) {
            String head = String.join("-", java.util.Arrays.copyOfRange(parts, 0, cut));
            Double value = DIGITS_ONLY.matcher(head).matches() ? number(head, false) : NumberWords.parseWords(head);
            if (value != null) {
                String unit = String.join("-", java.util.Arrays.copyOfRange(parts, cut, parts.length));
                return new Mention(span, Type.COMPOUND, value, null, unitName(unit), null);
            }
        }
        return null;
    }

    /** Units in the singular: "hours" → "hour", "year-long" → "year". */
    static String unitName(String unit) {
        String u = LONG_SUFFIX.matcher(unit).replaceAll("");
        if (u.equals("centur")) {
            return "century";
        }
        return u.endsWith("s") && u.length() > 3 && !u.endsWith("ss") ? u.substring(0, u.length() - 1) : u;
    }

    private static @Nullable Mention date(String t, TextSpan span) {
        if (YEAR.matcher(t).matches()) {
            return new Mention(span, Type.DATE, Integer.parseInt(t), null, "year", new CalendarDate(t, null));
        }
        if (ISO_DAY.matcher(t).matches()) {
            return new Mention(span, Type.DATE, Integer.parseInt(t.substring(0, 4)), null, "day",
                    new CalendarDate(t, java.time.LocalDate.parse(t)));
        }
        if (CLOCK_TIME.matcher(t).matches()) {
            Matcher m = CLOCK.matcher(t);
            if (!m.lookingAt()) {
                return null;
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (m.group(3) != null && m.group(3).equalsIgnoreCase("p") && hour < 12) {
                hour += 12;
            }
            if (hour > 23 || minute > 59) {
                return null;
            }
            return new Mention(span, Type.DATE, 0, null, "time",
                    new CalendarDate("T" + padded(hour, 2) + ":" + padded(minute, 2), null));
        }
        if (SLASH_DATE.matcher(t).matches()) {
            String[] p = t.split("/");
            return dayMention(span, Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }
        Matcher word = MONTH_WORD.matcher(t);
        if (!word.find()) {
            return null;
        }
        Integer month = MONTHS.get(word.group().substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        Integer day = null;
        Integer year = null;
        Matcher numbers = INTEGER.matcher(t);
        while (numbers.find()) {
            int n = Integer.parseInt(numbers.group());
            if (numbers.group().length() == 4) {
                year = n;
            } else {
                day = n;
            }
        }
        if (day == null) {
            return year == null ? null : new Mention(span, Type.DATE, year, null, "month",
                    new CalendarDate(padded(year, 4) + "-" + padded(month, 2), null));
        }
        return dayMention(span, year, month, day);
    }

    /** {@code n} (not negative) in ASCII digits, zero-padded to {@code width}: ISO dates whatever the locale. */
    private static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static @Nullable Mention dayMention(TextSpan span, @Nullable Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (year == null) {
            return new Mention(span, Type.DATE, 0, null, "day", new CalendarDate("--" + padded(month, 2) + "-" + padded(day, 2), null));
        }
        try {
            var date = java.time.LocalDate.of(year, month, day);
            return new Mention(span, Type.DATE, year, null, "day", new CalendarDate(date.toString(), date));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
