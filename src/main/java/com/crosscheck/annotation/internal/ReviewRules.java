package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.InvalidAnnotationException;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import org.jspecify.annotations.Nullable;

/** Checks what an analyst typed before it is saved; each refusal says why. */
public final class ReviewRules {

    public static final int MAX_NOTE = 4000;
    public static final int MAX_SUBJECT = 500;

    private ReviewRules() {
    }

    /** The note as saved: trimmed, null when blank. */
    public static @Nullable String note(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String note = typed.strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidAnnotationException("A note can hold " + MAX_NOTE + " characters; this one has "
                    + note.length() + ". Shorten it or split it between the claim and its group.");
        }
        return note;
    }

    /** The correction as saved: blank subject dropped; refused when it makes no sense for the claim. */
    public static ClaimCorrection correction(ClaimCorrection typed, Claim original) {
        String subject = typed.subject() == null || typed.subject().isBlank() ? null : typed.subject().strip();
        if (subject != null && subject.length() > MAX_SUBJECT) {
            throw new InvalidAnnotationException("A corrected subject can hold " + MAX_SUBJECT + " characters; this one has "
                    + subject.length() + ".");
        }
        if (typed.kind() == ClaimKind.DATE && original.kind() != ClaimKind.DATE) {
            throw new InvalidAnnotationException("A figure cannot be corrected into a date; mark the claim false instead.");
        }
        for (Double d : new Double[] {typed.value(), typed.low(), typed.high()}) {
            if (d != null && !Double.isFinite(d)) {
                throw new InvalidAnnotationException("A corrected figure must be a finite number.");
            }
        }
        var fix = new ClaimCorrection(typed.kind() == original.kind() ? null : typed.kind(), typed.value(), typed.low(),
                typed.high(), subject == null || subject.equals(original.subject()) ? null : subject);
        try {
            fix.applyTo(original);
        } catch (IllegalArgumentException e) {
            throw new InvalidAnnotationException("The correction does not hold together: " + e.getMessage() + ".");
        }
        return fix;
    }
}
