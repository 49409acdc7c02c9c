package com.crosscheck.annotation;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * What an analyst corrected in an extracted claim; a null field keeps the extracted one. The original stays
 * stored beside it and is shown with it.
 */
public record ClaimCorrection(@Nullable ClaimKind kind, @Nullable Double value, @Nullable Double low,
        @Nullable Double high, @Nullable String subject) {

    public static ClaimCorrection none() {
        return new ClaimCorrection(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return kind == null && value == null && low == null && high == null && subject == null;
    }

    public boolean touchesQuantity() {
        return value != null || low != null || high != null;
    }

    /**
     * The claim as corrected. A corrected value moves the bounds that sat on the old value ("at least 1,200"
     * corrected to 1,300 is at least 1,300); corrected bounds replace the old ones.
     *
     * @throws IllegalArgumentException when the bounds end up below or above the value
     */
    public Claim applyTo(Claim original) {
        if (isEmpty()) {
            return original;
        }
        Quantity q = original.quantity();
        double v = value != null ? value : q.value();
        Double lo = low != null ? low : q.low() != null && q.low() == q.value() ? Double.valueOf(v) : q.low();
        Double hi = high != null ? high : q.high() != null && q.high() == q.value() ? Double.valueOf(v) : q.high();
        if (lo != null && lo > v) {
            throw new IllegalArgumentException("the lower bound " + figure(lo) + " is above the value " + figure(v));
        }
        if (hi != null && hi < v) {
            throw new IllegalArgumentException("the upper bound " + figure(hi) + " is below the value " + figure(v));
        }
        var quantity = new Quantity(v, lo, q.lowInclusive() || low != null, hi, q.highInclusive() || high != null,
                q.approx(), q.unit());
        return new Claim(original.span(), original.text(), kind != null ? kind : original.kind(), quantity, original.date(),
                original.qualifier(), original.modality(), subject != null ? subject : original.subject(), original.place(),
                original.time(), original.source(), original.sentence(), original.section());
    }

    private static String figure(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
