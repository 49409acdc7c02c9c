package com.crosscheck.corpus;

import java.util.Set;

/**
 * Which articles to list.
 *
 * @param text    words to find in the title or the body, case-insensitive; blank for all
 * @param outlets outlets to keep; empty for all
 */
public record ArticleFilter(String text, Set<String> outlets) {

    public static final ArticleFilter ALL = new ArticleFilter("", Set.of());

    public ArticleFilter {
        text = text.strip();
        outlets = Set.copyOf(outlets);
    }
}
