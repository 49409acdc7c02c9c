package com.crosscheck.base.ui;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as every screen shows them: "8 Feb 2024", unambiguous for readers on both sides of the Atlantic. */
public final class DisplayDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayDates() {
    }

    /** The date, or "undated" when it is not known. */
    public static String format(@Nullable LocalDate date) {
        return date == null ? "undated" : FORMAT.format(date);
    }
}
