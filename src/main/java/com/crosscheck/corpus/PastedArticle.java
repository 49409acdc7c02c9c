package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article typed or pasted in, with its metadata. {@link #problems()} says what must be fixed before it can
 * be imported.
 *
 * @param title     required, at most 500 characters
 * @param outlet    optional, at most 200 characters
 * @param url       optional; when given, an {@code http} or {@code https} address
 * @param published optional; not in the future
 * @param body      the text, required
 */
public record PastedArticle(@Nullable String title, @Nullable String outlet, @Nullable String url,
        @Nullable LocalDate published, @Nullable String body) {

    /** The field names of {@link #problems()}. */
    public static final String TITLE = "title", OUTLET = "outlet", URL = "url", PUBLISHED = "published", BODY = "body";

    /** What is wrong, by field name, in words; empty when it can be imported. */
    public Map<String, String> problems(LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        if (title == null || title.isBlank()) {
            problems.put(TITLE, "Give the article's title.");
        } else if (title.strip().length() > 500) {
            problems.put(TITLE, "The title is " + title.strip().length() + " characters long; 500 at most.");
        }
        if (outlet != null && outlet.strip().length() > 200) {
            problems.put(OUTLET, "The outlet's name is " + outlet.strip().length() + " characters long; 200 at most.");
        }
        if (url != null && !url.isBlank()) {
            if (url.strip().length() > 2000) {
                problems.put(URL, "The URL is longer than 2,000 characters.");
            } else if (UrlKey.of(url) == null) {
                problems.put(URL, "The URL must be a web address starting with http:// or https://.");
            }
        }
        if (published != null && published.isAfter(today)) {
            problems.put(PUBLISHED, "The publication date " + published + " is in the future.");
        }
        if (body == null || body.isBlank()) {
            problems.put(BODY, "Paste the article's text.");
        }
        return problems;
    }

    ArticleDraft toDraft() {
        String cleanTitle = title == null ? "" : title.strip();
        return new ArticleDraft("pasted text \u201c" + TikaReader.clip(cleanTitle, 60) + "\u201d", cleanTitle,
                blankToNull(outlet), blankToNull(url), published, Map.of(),
                body == null ? "" : body.replace("\r\n", "\n"));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
