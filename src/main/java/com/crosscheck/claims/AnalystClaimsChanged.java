package com.crosscheck.claims;

import com.crosscheck.corpus.ArticleId;

/** Published after an analyst added or removed a hand-made claim of the article. */
public record AnalystClaimsChanged(ArticleId articleId) {
}
