package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ReviewStatus;
import org.jspecify.annotations.Nullable;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A change of a claim's review in words, for its history ("status Unreviewed → Disputed; note added"). */
public final class ReviewDiff {

    /** What {@link #describe} says when nothing changed. */
    public static final String UNCHANGED = "saved without changes";

    private ReviewDiff() {
    }

    public static String describe(ReviewStatus oldStatus, @Nullable String oldNote, ClaimCorrection oldFix,
            ReviewStatus newStatus, @Nullable String newNote, ClaimCorrection newFix) {
        List<String> parts = new ArrayList<>();
        if (oldStatus != newStatus) {
            parts.add("status " + oldStatus.label() + " \u2192 " + newStatus.label());
        }
        if (!Objects.equals(oldNote, newNote)) {
            parts.add(oldNote == null ? "note added: \u201c" + shortened(newNote) + "\u201d"
                    : newNote == null ? "note removed" : "note changed to \u201c" + shortened(newNote) + "\u201d");
        }
        field(parts, "kind", oldFix.kind() == null ? null : oldFix.kind().label(), newFix.kind() == null ? null : newFix.kind().label());
        field(parts, "value", number(oldFix.value()), number(newFix.value()));
        field(parts, "lower bound", number(oldFix.low()), number(newFix.low()));
        field(parts, "upper bound", number(oldFix.high()), number(newFix.high()));
        field(parts, "subject", oldFix.subject(), newFix.subject());
        return parts.isEmpty() ? UNCHANGED : String.join("; ", parts);
    }

    private static void field(List<String> parts, String name, @Nullable String before, @Nullable String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        parts.add(after == null ? "correction of " + name + " removed" : name + " corrected to " + after
                + (before == null ? "" : " (was corrected to " + before + ")"));
    }

    /** A figure as analysts write it: 1,300 or 2.5. */
    public static @Nullable String number(@Nullable Double value) {
        if (value == null) {
            return null;
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    private static String shortened(@Nullable String note) {
        String n = note == null ? "" : note.strip();
        return n.length() <= 120 ? n : n.substring(0, 119) + "\u2026";
    }
}
