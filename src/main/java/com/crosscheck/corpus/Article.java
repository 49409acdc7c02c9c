package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

/**
 * A stored article.
 *
 * @param body        the text as read, byte for byte; offsets into it are Java {@code String} indices
 * @param contentHash SHA-256 of the body with line endings normalised, used to recognise re-imports
 */
public record Article(
        ArticleId id,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable LocalDate published,
        Map<String, String> metadata,
        String body,
        int wordCount,
        String contentHash) {

    public Article {
        metadata = Map.copyOf(metadata);
    }

    /** The URL when it is a web address that is safe to link to (http or https), else {@code null}. */
    public @Nullable String linkableUrl() {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }
}
