package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;

import java.util.Locale;

/**
 * The values a claim allows: its bounds, widened for approximation ("about": 10%) and for rounding (a round
 * figure such as 23,000 stands for 22,500 to 23,500). Durations are in hours so that "weeklong" and
 * "seven-day" compare.
 */
record ValueRange(double low, double high) {

    private static final double APPROXIMATION = 0.10;

    static ValueRange of(Quantity q, ClaimKind kind, boolean previousCount) {
        double scale = kind == ClaimKind.DURATION ? hours(q.unit()) : kind == ClaimKind.MEASURE ? kilometres(q.unit()) : 1;
        // "his previous four trips" stands for the fifth
        double shift = previousCount ? 1 : 0;
        double value = (q.value() + shift) * scale;
        double tolerance = q.approx() ? Math.abs(value) * APPROXIMATION : rounding(q.value()) * scale;
        double low = q.low() == null ? Double.NEGATIVE_INFINITY : (q.low() + shift) * scale - (q.lowInclusive() ? tolerance : 0);
        double high = q.high() == null ? Double.POSITIVE_INFINITY : (q.high() + shift) * scale + (q.highInclusive() ? tolerance : 0);
        if (q.low() == null && q.high() == null) {
            low = value - tolerance;
            high = value + tolerance;
        }
        return new ValueRange(low, high);
    }

    boolean overlaps(ValueRange other) {
        return low <= other.high && other.low <= high;
    }

    /** Half the unit of the last non-zero digit of a round whole number: 23,000 → 500, 1,100 → 50, 89 → 0. */
    static double rounding(double value) {
        if (value != Math.rint(value) || Math.abs(value) < 100) {
            return 0;
        }
        long v = Math.abs((long) value);
        long unit = 1;
        while (v % (unit * 10) == 0 && unit * 10 <= v / 10) {
            unit *= 10;
        }
        return unit == 1 ? 0 : unit / 2.0;
    }

    /** Lengths in kilometres, so that "10 kilometres (6 miles)" compare; other measures as they are. */
    static double kilometres(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "mile", "mph" -> 1.609344;
            case "m", "meter", "metre" -> 0.001;
            case "foot", "feet", "ft" -> 0.0003048;
            case "yard" -> 0.0009144;
            default -> 1;
        };
    }

    private static double hours(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "second" -> 1 / 3600.0;
            case "minute" -> 1 / 60.0;
            case "day", "night" -> 24;
            case "week" -> 24 * 7;
            case "fortnight" -> 24 * 14;
            case "month" -> 24 * 30.4;
            case "year", "season" -> 24 * 365.25;
            case "decade" -> 24 * 3652.5;
            case "century" -> 24 * 36525;
            default -> 1;
        };
    }
}
