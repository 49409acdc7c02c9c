package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Values compare in one unit per dimension, with the tolerance their wording and rounding allow. */
class ValueRangeTest {

    private static ValueRange measure(double value, String unit) {
        return ValueRange.of(Quantity.exact(value, unit), ClaimKind.MEASURE, false);
    }

    @Test
    void a_length_and_its_rounded_conversion_overlap() {
        assertThat(measure(10, "kilometre").overlaps(measure(6, "mile"))).isTrue();
        assertThat(measure(10, "mile").overlaps(measure(15, "kilometer"))).isTrue();
    }

    @Test
    void lengths_of_different_size_do_not_overlap() {
        assertThat(measure(30, "mile").overlaps(measure(50, "mile"))).isFalse();
    }

    @Test
    void square_feet_and_square_metres_compare() {
        assertThat(measure(170_000, "square-foot").overlaps(measure(15_800, "square-metre"))).isTrue();
    }

    @Test
    void counts_below_a_hundred_are_exact() {
        var ten = ValueRange.of(Quantity.exact(10, ""), ClaimKind.KILLED, false);
        var eleven = ValueRange.of(Quantity.exact(11, ""), ClaimKind.KILLED, false);
        assertThat(ten.overlaps(eleven)).isFalse();
    }
}
