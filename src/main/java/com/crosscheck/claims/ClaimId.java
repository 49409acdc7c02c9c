package com.crosscheck.claims;

/** The database identity of a stored claim. */
public record ClaimId(long value) {

    public ClaimId {
        if (value <= 0) {
            throw new IllegalArgumentException("a claim id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
