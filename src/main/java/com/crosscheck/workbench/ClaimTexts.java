package com.crosscheck.workbench;

import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a claim reads on screen: as written, normalised, and in full for a tooltip. */
final class ClaimTexts {

    private ClaimTexts() {
    }

    /** The figure as the article writes it, with its qualifier: "at least 1.200", "his previous four". */
    static String asWritten(Claim claim) {
        String qualifier = claim.qualifier();
        boolean shown = qualifier != null && !qualifier.equals("range") && !qualifier.equals("vague");
        return shown ? qualifier + " " + claim.text() : claim.text();
    }

    /** The value with its bounds in a uniform notation: "≥ 1,200", "> 1,000,000", "≈ 250", "30–40", "11th". */
    static String normalised(Claim claim) {
        if (claim.kind() == ClaimKind.DATE && claim.date() != null) {
            return claim.date().resolved() != null ? DisplayDates.format(claim.date().resolved()) : claim.date().iso();
        }
        Quantity q = claim.quantity();
        String unit = q.unit();
        if (q.low() != null && q.high() != null && !q.low().equals(q.high())) {
            return number(q.low(), unit) + "\u2013" + number(q.high(), unit) + suffix(unit, q.high());
        }
        String value = number(q.value(), unit) + suffix(unit, q.value());
        if (q.low() != null && q.high() == null) {
            return (q.lowInclusive() ? "\u2265 " : "> ") + value;
        }
        if (q.high() != null && q.low() == null) {
            return (q.highInclusive() ? "\u2264 " : "< ") + value;
        }
        return q.approx() ? "\u2248 " + value : value;
    }

    /** The tooltip of a highlighted claim: value, bounds, qualifier, subject, place, time and source. */
    static String details(Claim claim) {
        var lines = new ArrayList<String>();
        lines.add(claim.kind().label() + ": " + normalised(claim)
                + (claim.modality().label().equals("fact") ? "" : " (" + claim.modality().label() + ")"));
        add(lines, "Qualifier", claim.qualifier() == null || claim.qualifier().equals("range") ? null : claim.qualifier());
        add(lines, "Subject", claim.subject());
        add(lines, "Place", claim.place());
        add(lines, "Time", claim.time());
        add(lines, "Source", claim.source());
        if (!claim.section().label().equals("body")) {
            lines.add("In " + sectionName(claim) + ": not the article's own text, not matched");
        }
        return String.join("\n", lines);
    }

    static String sectionName(Claim claim) {
        return switch (claim.section()) {
            case EMBED -> "an embedded post";
            case CAPTION -> "a caption or credit line";
            case RELATED -> "a related-stories block";
            case BODY -> "the article";
        };
    }

    private static void add(List<String> lines, String name, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(name + ": " + value);
        }
    }

    private static String number(double value, String unit) {
        if (unit.equals("ordinal") && value == Math.rint(value)) {
            return ordinal((long) value);
        }
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return (unit.equals("USD") ? "$" : "") + format.format(value);
    }

    /** " hours" after 48, " hour" after 1; symbols and currencies as they are. */
    private static String suffix(String unit, double value) {
        return switch (unit) {
            case "", "ordinal", "USD" -> "";
            case "%" -> "%";
            default -> " " + unit + (value != 1 && unit.chars().allMatch(Character::isLowerCase) && unit.length() > 2
                    && !unit.endsWith("s") ? "s" : "");
        };
    }

    /** "1 group", "3 groups". */
    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String ordinal(long n) {
        long tens = n % 100;
        String end = tens >= 11 && tens <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + end;
    }

    /** "Disputed by alice, 22 Nov 2026: only one source" (the note shortened). */
    static String reviewLine(com.crosscheck.annotation.ClaimReview review) {
        String note = review.note() == null ? "" : ": " + (review.note().length() <= 140 ? review.note()
                : review.note().substring(0, 139) + "\u2026");
        String fix = review.correction().isEmpty() ? "" : " (corrected)";
        return review.status().label() + fix + " \u2014 " + review.updatedBy() + ", "
                + com.crosscheck.base.ui.DisplayDates.format(review.updatedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
                + note;
    }

    /** The text cut to {@code max} characters with an ellipsis. */
    static String shortened(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}
