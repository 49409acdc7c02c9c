package com.crosscheck.workbench;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.Section;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;

/** A claim as the comparison shows it: with its article, for outlet and date. */
record ShownClaim(StoredClaim stored, Article article) {

    String id() {
        return stored.id().toString();
    }

    Claim claim() {
        return stored.claim();
    }

    /** Claims of embedded posts, captions and related stories are not the article's own and are never matched. */
    boolean isOwnText() {
        return claim().section() == Section.BODY;
    }

    String outlet() {
        return article.outlet() == null ? article.title() : article.outlet();
    }
}
