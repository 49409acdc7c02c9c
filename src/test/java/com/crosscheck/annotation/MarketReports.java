package com.crosscheck.annotation;

import com.crosscheck.accounts.Role;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.testing.KaribuLogin;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Made-up reports of one market strike, each with a body of its own, for annotation tests. */
final class MarketReports {

    private static final AtomicInteger OUTLETS = new AtomicInteger();

    private final CorpusService corpus;
    private final ClaimService claims;

    MarketReports(CorpusService corpus, ClaimService claims) {
        this.corpus = corpus;
        this.claims = claims;
    }

    /** A stored, extracted report of {@code killed} dead; bodies differ, so none is taken for a re-import. */
    ArticleId report(int killed) {
        int n = OUTLETS.incrementAndGet();
        String outlet = "Outlet " + (char) ('A' + n / 26) + (char) ('A' + n % 26);
        String body = "An air strike on a crowded market in the northern town of Kafr Hamra killed " + killed
                + " people on Monday, local health officials said.\nRescue teams searched the rubble into the night.\n"
                + "Reporting by the " + outlet + " desk.";
        ArticleId id = corpus.importArticle(new ArticleDraft(outlet + ".txt", "Market strike", outlet, null,
                LocalDate.of(2024, 5, 6), Map.of(), body)).articleId();
        claims.extract(id);
        return id;
    }

    StoredClaim toll(ArticleId article) {
        return claims.claimsOf(article).stream().filter(c -> c.claim().kind() == ClaimKind.KILLED).findFirst().orElseThrow();
    }

    static void signInAs(String name, Role role) {
        KaribuLogin.as(name, role);
    }
}
