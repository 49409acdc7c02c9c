package com.crosscheck.workbench;

import com.crosscheck.corpus.ArticleId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The article ids in a comparison's address, {@code /compare/3,7,12}: 2 to 4 distinct ids, comma-separated.
 *
 * @param ids in the order written
 */
record ComparisonAddress(List<ArticleId> ids) {

    static final int MIN_ARTICLES = 2;
    static final int MAX_ARTICLES = 4;

    ComparisonAddress {
        ids = List.copyOf(ids);
        if (ids.size() < MIN_ARTICLES || ids.size() > MAX_ARTICLES) {
            throw new IllegalArgumentException("Compare shows 2 to 4 articles side by side; this address names "
                    + ids.size() + ".");
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("This address names the same article more than once.");
        }
    }

    /**
     * Reads the part of the address after {@code /compare/}.
     *
     * @throws IllegalArgumentException with a message for the user when it is not 2 to 4 distinct ids
     */
    static ComparisonAddress parse(String parameter) {
        var ids = new ArrayList<ArticleId>();
        for (String part : parameter.split(",", -1)) {
            ids.add(ArticleId.parse(part));
        }
        return new ComparisonAddress(ids);
    }

    /** The path of this comparison, for links. */
    String path() {
        return "compare/" + String.join(",", ids.stream().map(ArticleId::toString).toList());
    }
}
