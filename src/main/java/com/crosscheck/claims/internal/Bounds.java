package com.crosscheck.claims.internal;

import com.crosscheck.claims.Modality;
import org.jspecify.annotations.Nullable;

/**
 * What the words before a number say about it: "at least" sets an inclusive low bound, "more than" an
 * exclusive one, "nearly" an exclusive high bound, "about" makes it approximate, "could top" a projection.
 *
 * @param qualifier the qualifying words as written, or null when the number stands bare
 * @param start     where the qualifier starts in the body (the number's start when there is none)
 */
record Bounds(@Nullable String qualifier, int start, Bound bound, boolean approx, Modality modality) {

    /** Which side of the value a qualifier bounds. */
    enum Bound { EXACT, LOW_INCLUSIVE, LOW_EXCLUSIVE, HIGH_INCLUSIVE, HIGH_EXCLUSIVE, NONE }

    static Bounds bare(int start) {
        return new Bounds(null, start, Bound.EXACT, false, Modality.FACT);
    }
}
