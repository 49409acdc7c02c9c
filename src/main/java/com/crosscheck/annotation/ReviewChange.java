package com.crosscheck.annotation;

import org.jspecify.annotations.Nullable;

/** A claim's review as the analyst wants it saved: status, note (blank for none) and corrections. */
public record ReviewChange(ReviewStatus status, @Nullable String note, ClaimCorrection correction) {
}
