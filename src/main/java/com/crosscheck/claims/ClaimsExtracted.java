package com.crosscheck.claims;

import com.crosscheck.corpus.ArticleId;

/** Published after an article's claims were (re-)extracted and stored. */
public record ClaimsExtracted(ArticleId articleId, int claims) {
}
