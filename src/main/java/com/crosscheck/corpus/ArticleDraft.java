package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

/**
 * An article as read from a file, before it is stored.
 *
 * @param source    where it came from (a file name), for messages
 * @param metadata  header keys other than the four known ones, as written, in file order
 * @param body      the text exactly as in the file after the header, line endings included; every offset
 *                  that Crosscheck keeps (claims, highlights, annotations) indexes into this string
 */
public record ArticleDraft(
        String source,
        String title,
        @Nullable String outlet,
        @Nullable String url,
        @Nullable LocalDate published,
        Map<String, String> metadata,
        String body) {

    public ArticleDraft {
        if (title.isBlank()) {
            throw new IllegalArgumentException(source + ": the title is empty");
        }
        if (body.isBlank()) {
            throw new IllegalArgumentException(source + ": the body is empty");
        }
        metadata = Map.copyOf(metadata);
    }
}
