package com.crosscheck.annotation;

/** An analyst's conclusion about one claim. */
public enum ReviewStatus {
    UNREVIEWED("Unreviewed"), CONFIRMED("Confirmed"), DISPUTED("Disputed"), FALSE("False"), NEEDS_SOURCE("Needs source");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** As shown on screen and in exports: "Needs source". */
    public String label() {
        return label;
    }
}
