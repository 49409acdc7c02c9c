package com.crosscheck.annotation.web;

import com.crosscheck.base.DomainException;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.corpus.ArticleId;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Ids as the API's paths and parameters carry them, refused with the reason when they are not ids. */
final class ApiIds {

    private ApiIds() {
    }

    static ArticleId article(String value) {
        return new ArticleId(positive(value, "article"));
    }

    static ClaimId claim(String value) {
        return new ClaimId(positive(value, "claim"));
    }

    /** "3,7,12" → three article ids, each once. */
    static List<ArticleId> articles(String list) {
        var ids = new LinkedHashSet<ArticleId>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                ids.add(article(part.strip()));
            }
        }
        if (ids.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "Name the articles to compare, e.g. ?articles=3,7.");
        }
        return new ArrayList<>(ids);
    }

    private static long positive(String value, String what) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new DomainException(DomainException.Kind.INVALID, "\u201c" + value + "\u201d is not " + what + " id; ids are positive whole numbers.");
    }
}
