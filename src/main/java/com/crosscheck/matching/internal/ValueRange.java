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
        boolean physical = isLength(q.unit()) || isArea(q.unit());
        double scale = scale(q, kind);
        // "his previous four trips" stands for the fifth
        double shift = previousCount ? 1 : 0;
        double value = (q.value() + shift) * scale;
        double tolerance = q.approx() ? Math.abs(value) * APPROXIMATION
                : Math.max(rounding(q.value()), physical ? measureRounding(q.value()) : 0) * scale;
        double low = q.low() == null ? Double.NEGATIVE_INFINITY : (q.low() + shift) * scale - (q.lowInclusive() ? tolerance : 0);
        double high = q.high() == null ? Double.POSITIVE_INFINITY : (q.high() + shift) * scale + (q.highInclusive() ? tolerance : 0);
        if (q.low() == null && q.high() == null) {
            low = value - tolerance;
            high = value + tolerance;
        }
        return new ValueRange(low, high);
    }

    /** The factor that brings a figure to its dimension's one unit: hours, kilometres, square metres. */
    static double scale(Quantity q, ClaimKind kind) {
        return kind == ClaimKind.DURATION ? hours(q.unit()) : isLength(q.unit()) || isArea(q.unit()) ? kilometres(q.unit()) : 1;
    }

    /**
     * How far a whole length or area may stand from the exact figure: conversions are rounded ("10 miles (15
     * kilometres)", "six miles" for 10 km), to the unit or, for multiples of five, to the nearest five.
     */
    static double measureRounding(double value) {
        if (value != Math.rint(value)) {
            return 0;
        }
        return Math.abs(value) >= 10 && value % 5 == 0 ? 2.5 : 0.5;
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

    /** Lengths in kilometres, so that "10 kilometres (6 miles)" compare; areas in square metres; other measures as they are. */
    static double kilometres(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("square-") || u.startsWith("square ")) {
            double side = u.endsWith("-km") || u.contains("kilomet") ? 1000 : kilometres(u.substring(7)) * 1000;
            return side * side;
        }
        return switch (u) {
            case "mile", "miles", "mph" -> 1.609344;
            case "m", "meter", "metre", "meters", "metres" -> 0.001;
            case "cm", "centimeter", "centimetre" -> 0.00001;
            case "foot", "feet", "ft" -> 0.0003048;
            case "inch", "inches" -> 0.0000254;
            case "yard", "yards" -> 0.0009144;
            case "nautical mile" -> 1.852;
            default -> 1;
        };
    }

    /** Whether a unit measures length (kilometres, miles, feet...). */
    static boolean isLength(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return !u.startsWith("square") && (kilometres(u) != 1 || u.equals("km") || u.startsWith("kilomet"));
    }

    /** Whether a unit measures area ("square-foot", "square-kilometer"). */
    static boolean isArea(String unit) {
        return unit.toLowerCase(Locale.ROOT).startsWith("square");
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
