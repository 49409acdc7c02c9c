package com.crosscheck.claims;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A date or time as written, possibly partial: a year ({@code "2024"}), a month ({@code "2024-01"}), a day
 * ({@code "2023-10-07"}, or {@code "--10-07"} when the text gives no year), a clock time ({@code "T11:25"}).
 *
 * @param iso      the ISO-8601 form of what the text says, no more precise than the text
 * @param resolved the calendar day meant, where the year could be inferred from the article's date
 */
public record CalendarDate(String iso, @Nullable LocalDate resolved) {

    public CalendarDate {
        if (iso.isBlank()) {
            throw new IllegalArgumentException("a calendar date needs its ISO form");
        }
    }
}
