package com.crosscheck.claims;

import com.crosscheck.corpus.ArticleId;

import java.time.Instant;

/** Which extractor version made an article's stored claims, and when; kept in the workspace backup. */
public record ClaimExtraction(ArticleId article, int extractorVersion, Instant extractedAt) {
}
