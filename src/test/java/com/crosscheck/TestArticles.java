package com.crosscheck;

import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;

import java.time.LocalDate;
import java.util.Map;

/** Articles the UI tests look up or add: the bundled seeds by outlet, and made-up reports that disagree. */
public final class TestArticles {

    private TestArticles() {
    }

    /** The stored seed article of this outlet. */
    public static ArticleId byOutlet(CorpusService corpus, String outlet) {
        return corpus.findSummaries(ArticleFilter.ALL).stream().filter(a -> outlet.equals(a.outlet()))
                .map(ArticleSummary::id).findFirst().orElseThrow();
    }

    /** Adds a report of a market strike with its own death toll, and extracts its claims. */
    public static ArticleId marketStrikeReport(CorpusService corpus, ClaimService claims, String outlet, int killed) {
        String body = "An air strike on a crowded market in the northern town of Kafr Hamra killed " + killed
                + " people on Monday, local health officials said.\nRescue teams searched the rubble into the night.";
        ArticleId id = corpus.importArticle(new ArticleDraft(outlet + ".txt", "Market strike", outlet, null,
                LocalDate.of(2024, 5, 6), Map.of(), body)).articleId();
        claims.extract(id);
        return id;
    }
}
