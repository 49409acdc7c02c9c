package com.crosscheck.annotation;

import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An analyst's note and verdict override on a claim group; shown on the group that holds most of the claims it
 * was written for.
 *
 * @param verdict the analyst's verdict, or null to keep the automatic one
 */
public record GroupReview(long id, @Nullable String note, @Nullable Verdict verdict, long version, String updatedBy,
        Instant updatedAt) {
}
