package com.crosscheck.claims;

import com.crosscheck.base.TextSpan;
import org.jspecify.annotations.Nullable;

/**
 * One numeric claim in an article.
 *
 * @param span      the quantity's offsets in the body ("1.200", "11th", "weeklong"), qualifier not included
 * @param text      the body's text at {@code span}
 * @param quantity  the number with its bounds; for dates, the year (or 0 for a day without year)
 * @param date      for {@link ClaimKind#DATE} claims, the date as written; otherwise null
 * @param qualifier the qualifying words as written ("at least", "more than", "could top"), or null
 * @param subject   what is counted and its scope, in a short phrase ("Israeli citizens killed")
 * @param place     where, as named in the text ("Gaza"), or null
 * @param time      when the figure refers to, ISO date or period, or null
 * @param source    who states it ("Hamas-run health ministry"), or null when the outlet itself does
 * @param sentence  the offsets of the sentence it is in
 */
public record Claim(
        TextSpan span,
        String text,
        ClaimKind kind,
        Quantity quantity,
        @Nullable CalendarDate date,
        @Nullable String qualifier,
        Modality modality,
        String subject,
        @Nullable String place,
        @Nullable String time,
        @Nullable String source,
        TextSpan sentence,
        Section section) {
}
