package com.crosscheck.export;

import com.crosscheck.accounts.Role;
import com.crosscheck.annotation.AnnotationService;
import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.GroupReviewService;
import com.crosscheck.annotation.RegroupingService;
import com.crosscheck.annotation.ReviewChange;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimQualifier;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.MatchingService;
import com.crosscheck.matching.Verdict;
import com.crosscheck.testing.KaribuLogin;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Three made-up reports of one market strike that disagree on the toll, with text that tries to break the
 * formats (Markdown markup, a spreadsheet formula, an emoji before the claim), a review with a note and a
 * correction, a group note with a verdict override, an analyst's own claim and a keep-apart link.
 */
final class ExportFixtures {

    static final String EMOJI_BODY = "\uD83D\uDE80\uD83D\uDD25 Breaking: an air strike on a crowded market in the northern "
            + "town of Kafr Hamra killed 40 people on Monday, local health officials said.\nRescue teams searched the rubble "
            + "near Gate 12.";
    static final String TRICKY_TITLE = "Strike *kills* [dozens](http://evil.example) | <b>live</b>";
    static final String FORMULA_OUTLET = "=HYPERLINK(\"http://evil.example\")";
    static final String NOTE = "Hospital list says 36; =SUM(A1) is not a formula";
    static final String GROUP_NOTE = "Tolls differ by outlet; *wait* for the ministry";

    final ArticleId emoji;
    final ArticleId lower;
    final ArticleId third;
    final StoredClaim reviewed;
    final StoredClaim analystClaim;
    final ClaimGroup tollGroup;

    ExportFixtures(ApplicationContext context) {
        CorpusService corpus = context.getBean(CorpusService.class);
        ClaimService claims = context.getBean(ClaimService.class);
        KaribuLogin.useSecurityOf(context);
        KaribuLogin.as("alice", Role.ANALYST);
        emoji = article(corpus, claims, TRICKY_TITLE, FORMULA_OUTLET, "https://news.example/strike?id=1", EMOJI_BODY, 6);
        lower = article(corpus, claims, "Market strike toll", "Daily Example", null,
                "An air strike on a crowded market in the northern town of Kafr Hamra killed 35 people on Monday, "
                        + "local health officials said.\nRescue teams searched the rubble into the night.", 6);
        third = article(corpus, claims, "Strike on market", "Evening Example", "https://evening.example/a",
                "Local health officials said an air strike on a crowded market in the northern town of Kafr Hamra "
                        + "killed 40 people on Monday.\nThe market had reopened \u201440 days earlier\u2014after repairs.", 7);
        reviewed = toll(claims, lower);
        context.getBean(AnnotationService.class).review(reviewed.id(), new ReviewChange(ReviewStatus.DISPUTED, NOTE,
                new ClaimCorrection(null, 36.0, null, null, null)), null);
        String body = corpus.findArticle(emoji).orElseThrow().body();
        int gate = body.indexOf("Gate 12") + 5;
        analystClaim = claims.addClaim(emoji, new ClaimDraft(new TextSpan(gate, gate + 2), ClaimKind.COUNT, "12", "",
                ClaimQualifier.EXACTLY, "stalls destroyed"), "alice");
        context.getBean(RegroupingService.class).keepApart(analystClaim.id(), toll(claims, third).id());
        var matching = context.getBean(MatchingService.class);
        tollGroup = matching.groupsFor(List.of(emoji, lower, third)).stream()
                .filter(g -> g.claims().contains(reviewed.id().toString())).findFirst().orElseThrow();
        context.getBean(GroupReviewService.class).review(tollGroup, null, GROUP_NOTE, Verdict.EVOLVING);
        KaribuLogin.signOut();
    }

    List<ArticleId> ids() {
        return List.of(emoji, lower, third);
    }

    static StoredClaim toll(ClaimService claims, ArticleId article) {
        return claims.claimsOf(article).stream().filter(c -> c.claim().kind() == ClaimKind.KILLED).findFirst().orElseThrow();
    }

    private static ArticleId article(CorpusService corpus, ClaimService claims, String title, String outlet, String url,
            String body, int day) {
        ArticleId id = corpus.importArticle(new ArticleDraft(outlet + ".txt", title, outlet, url, LocalDate.of(2024, 5, day),
                Map.of("Accuracy", "approximate"), body)).articleId();
        claims.extract(id);
        return id;
    }
}
