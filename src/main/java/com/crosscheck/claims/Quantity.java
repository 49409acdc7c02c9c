package com.crosscheck.claims;

import org.jspecify.annotations.Nullable;

/**
 * A number as stated, with the bounds its wording implies. "at least 1,200" is value 1200, low 1200 (inclusive),
 * no high; "more than 1,000" has an exclusive low; "about 250" is approximate with no bounds of its own; a range
 * "30-40" is value 30, low 30, high 40.
 *
 * @param unit what the number is in: {@code people}-like counts are {@code ""}; otherwise {@code hour},
 *             {@code day}, {@code week}, {@code USD}, {@code %}, {@code km}, {@code ordinal} and the like
 */
public record Quantity(
        double value,
        @Nullable Double low,
        boolean lowInclusive,
        @Nullable Double high,
        boolean highInclusive,
        boolean approx,
        String unit) {

    public Quantity {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a quantity must be a finite number, was " + value);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("the low bound " + low + " is above the high bound " + high);
        }
    }

    /** An exact figure: both bounds equal to the value. */
    public static Quantity exact(double value, String unit) {
        return new Quantity(value, value, true, value, true, false, unit);
    }

    public Quantity withUnit(String newUnit) {
        return new Quantity(value, low, lowInclusive, high, highInclusive, approx, newUnit);
    }

    /** Whether the value is a whole number, as counts are. */
    public boolean isWhole() {
        return value == Math.rint(value);
    }
}
