package com.crosscheck.corpus;

import java.time.Instant;

/**
 * A stored article with where it was read from and when, as the workspace backup keeps it.
 *
 * @param sourceName the file name or address it was imported from
 */
public record StoredArticle(Article article, String sourceName, Instant importedAt) {
}
