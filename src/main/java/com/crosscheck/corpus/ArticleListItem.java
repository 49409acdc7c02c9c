package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** An article without its text, as the web API lists it. */
public record ArticleListItem(ArticleId id, String title, @Nullable String outlet, @Nullable String url,
        @Nullable LocalDate published, int wordCount) {

    /** For JPQL constructor expressions, which cannot build the typed id themselves. */
    public ArticleListItem(Long id, String title, @Nullable String outlet, @Nullable String url,
            @Nullable LocalDate published, Integer wordCount) {
        this(new ArticleId(id), title, outlet, url, published, wordCount);
    }
}
