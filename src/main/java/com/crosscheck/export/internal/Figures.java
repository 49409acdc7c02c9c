package com.crosscheck.export.internal;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** Numbers as the exports write them: {@code 1200}, not {@code 1200.0}; no exponent. */
final class Figures {

    private Figures() {
    }

    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String of(@Nullable Double value) {
        return value == null ? "" : of(value.doubleValue());
    }
}
