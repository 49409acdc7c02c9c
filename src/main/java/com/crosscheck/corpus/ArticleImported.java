package com.crosscheck.corpus;

/** Published after a new article has been stored (not for duplicates), within the importing transaction. */
public record ArticleImported(ArticleId articleId) {
}
