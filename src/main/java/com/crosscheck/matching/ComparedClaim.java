package com.crosscheck.matching;

import com.crosscheck.claims.Claim;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A claim with what matching needs to know of its article.
 *
 * @param id      the claim's identity in the comparison (a database id or a file-based key)
 * @param article the article's identity in the comparison
 * @param outlet   the outlet, for explanations
 * @param sentence the text of the claim's sentence
 */
public record ComparedClaim(String id, String article, String outlet, @Nullable LocalDate published, Claim claim,
        String sentence) {
}
