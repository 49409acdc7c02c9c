package com.crosscheck.workbench;

import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How the columns of a comparison are ordered: by publication date (the default) or as the address lists them. */
enum ColumnOrder {
    OLDEST_FIRST("oldest", "Oldest first"),
    NEWEST_FIRST("newest", "Newest first"),
    AS_CHOSEN("chosen", "As chosen");

    private final String parameter;
    private final String label;

    ColumnOrder(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The value of {@code ?order=} in an address. */
    String parameter() {
        return parameter;
    }

    String label() {
        return label;
    }

    static Optional<ColumnOrder> ofParameter(String value) {
        return Arrays.stream(values()).filter(o -> o.parameter.equals(value)).findFirst();
    }

    /** The articles in this order; undated ones go last in either date order. */
    List<Article> sort(List<Article> articles, List<ArticleId> chosen) {
        Comparator<LocalDate> dates = this == NEWEST_FIRST ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<Article> order = this == AS_CHOSEN
                ? Comparator.comparingInt(a -> chosen.indexOf(a.id()))
                : Comparator.comparing(Article::published, Comparator.nullsLast(dates)).thenComparing(a -> a.id().value());
        return articles.stream().sorted(order).toList();
    }
}
