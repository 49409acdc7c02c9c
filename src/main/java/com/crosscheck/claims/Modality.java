package com.crosscheck.claims;

import java.util.Locale;

/** Whether a figure is stated as fact, as an estimate, or as a projection ("could top 10,000"). */
public enum Modality {
    FACT, ESTIMATE, PROJECTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
