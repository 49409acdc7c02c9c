package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** One row of the article list: what is needed to choose articles, without their text. */
public record ArticleSummary(
        ArticleId id, String title, @Nullable String outlet, @Nullable LocalDate published, int wordCount) {

    /** For JPQL constructor expressions, which cannot build the typed id themselves. */
    public ArticleSummary(Long id, String title, @Nullable String outlet, @Nullable LocalDate published,
            Integer wordCount) {
        this(new ArticleId(id), title, outlet, published, wordCount);
    }
}
