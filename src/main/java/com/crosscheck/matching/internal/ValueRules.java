package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;

/**
 * The rules on values of {@link PairRules}: whether two figures allow one value, and whether they are too far
 * apart to be reports of one quantity, taken as stated ("at least three" is far from 230,000 although it
 * allows it).
 */
final class ValueRules {

    /** How far apart two readings of one quake's magnitude may be. */
    static final double MAGNITUDE_SPREAD = 0.5;

    private ValueRules() {
    }

    /** Whether two claims allow the same value, in one unit ("10 kilometres (6.2 miles)"). */
    static boolean sameValue(ClaimFeatures a, ClaimFeatures b) {
        return a.range().overlaps(b.range());
    }

    /**
     * Whether two figures of one article can be one figure written twice: the figures they state overlap ("at
     * least 3" and "three"), or an open end reaches the other figure and it is near ("more than 200" and "249"),
     * not a multiple of it ("more than 17,000 militants" beside "43,391 people").
     */
    static boolean sameValueInOneArticle(ClaimFeatures a, ClaimFeatures b) {
        double[] x = stated(a);
        double[] y = stated(b);
        if (x[0] <= y[1] && y[0] <= x[1]) {
            return true;
        }
        double low = Math.min(x[1], y[1]);
        double high = Math.max(x[0], y[0]);
        return sameValue(a, b) && low > 0 && high / low <= NEAR_FACTOR;
    }

    /** How far an open-ended figure may be from another for one article to mean the same figure by both. */
    private static final double NEAR_FACTOR = 1.5;

    /**
     * Reports of one distance differ by rounding or units, not by half; a bound ("less than 50 km") is far only
     * from figures it excludes.
     */
    static boolean farApart(ClaimFeatures a, ClaimFeatures b) {
        if (a.range().overlaps(b.range())) {
            return false;
        }
        double x = stated(a)[0];
        double y = stated(b)[0];
        return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > 1.6;
    }

    /**
     * Reports of one quantity differ, but not by orders of magnitude: a growing toll by at most about twenty
     * times between its first and later reports, other figures by at most four times (five for durations).
     * Figures are taken as stated, so "at least three" is far from "230,000" even though it allows it.
     */
    static boolean valuesTooFarApart(ClaimFeatures a, ClaimFeatures b) {
        double[] x = stated(a);
        double[] y = stated(b);
        double lowerHigh = Math.min(x[1], y[1]);
        double higherLow = Math.max(x[0], y[0]);
        double limit = a.kind().isCumulative() ? 20 : a.kind() == ClaimKind.DURATION ? 5 : 4;
        return lowerHigh > 0 && higherLow / lowerHigh > limit;
    }

    /**
     * Figures within 5% of each other, as two sources' readings of one measure are ("put the magnitude at 5.9,
     * but the U.S. Geological Survey said 6.1"); an article reporting both reports a disagreement.
     */
    static boolean closeValues(ClaimFeatures a, ClaimFeatures b) {
        double x = stated(a)[0];
        double y = stated(b)[0];
        boolean measured = x != Math.rint(x) || y != Math.rint(y) || x >= 100 && y >= 100; // not ages or small counts
        return measured && x > 0 && y > 0 && Math.abs(x - y) <= 0.05 * Math.max(x, y);
    }

    /** The figures a claim states, without open ends or tolerance: "at least 3" → 3–3, "dozens" → 24–99. */
    static double[] stated(ClaimFeatures f) {
        Quantity q = f.compared().claim().quantity();
        double scale = ValueRange.scale(q, f.kind());
        boolean range = q.low() != null && q.high() != null;
        return new double[] {(range ? q.low() : q.value()) * scale, (range ? q.high() : q.value()) * scale};
    }
}
