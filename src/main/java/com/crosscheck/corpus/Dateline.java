package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an article's dateline: a short line at the top of the body that dates the article ("POSTED: 1052
 * GMT (1852 HKT), April 10, 2007", "Updated 4/9/2007 6:04 PM", "WEDNESDAY 03 JULY 2013", "11/28/05"), for
 * articles whose header gives no publication date. Numeric dates are read month first, as US outlets write them.
 */
final class Dateline {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(?i)\\b" + MONTH + "\\s+" + DAY + ",?\\s+(?<year>\\d{4})\\b"),
            Pattern.compile("(?i)\\b" + DAY + "\\s+" + MONTH + ",?\\s+(?<year>\\d{4})\\b"),
            Pattern.compile("(?i)\\b" + MONTH + "\\s+" + DAY + "-(?<year>\\d{4})\\b"),
            Pattern.compile("\\b(?<month>\\d{1,2})/" + DAY + "/(?<year>\\d{4}|\\d{2})\\b"));
    /** Lines at the top of the body that may be a dateline, and how long one may be. */
    private static final int LINES = 2;
    private static final int MAX_LENGTH = 100;

    private Dateline() {
    }

    /** The date of the body's dateline, or null when its first lines date nothing. */
    static @Nullable LocalDate in(String body) {
        List<String> lines = body.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(LINES).toList();
        for (String line : lines) {
            if (line.length() > MAX_LENGTH) {
                continue;
            }
            for (Pattern pattern : DATES) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    LocalDate date = date(m.group("year"), m.group("month"), m.group("day"));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static @Nullable LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y < 70 ? 2000 : 1900;
        }
        int m = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthNumber(month);
        try {
            return LocalDate.of(y, m, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String month) {
        String prefix = month.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
