package com.crosscheck.annotation;

import com.crosscheck.accounts.Role;
import com.crosscheck.testing.KaribuLogin;
import org.springframework.context.ApplicationContext;
import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimQualifier;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.InvalidClaimException;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.MatchingService;
import com.crosscheck.matching.Verdict;
import com.crosscheck.base.TextSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Analysts' grouping decisions and hand-made claims, as matching sees them. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:regrouping-service-test;DB_CLOSE_DELAY=-1")
class RegroupingServiceTest {

    @Autowired
    RegroupingService regrouping;
    @Autowired
    GroupReviewService groupReviews;
    @Autowired
    MatchingService matching;
    @Autowired
    ClaimService claims;
    @Autowired
    CorpusService corpus;
    @Autowired
    ApplicationContext context;

    private MarketReports reports;

    @BeforeEach
    void signIn() {
        KaribuLogin.useSecurityOf(context);
        reports = new MarketReports(corpus, claims);
        MarketReports.signInAs("alice", Role.ANALYST);
    }

    @AfterEach
    void signOut() {
        KaribuLogin.signOut();
    }

    private List<ClaimGroup> groups(ArticleId... articles) {
        return matching.groupsFor(List.of(articles));
    }

    private static List<ClaimId> ids(ClaimGroup group) {
        return group.claims().stream().map(c -> new ClaimId(Long.parseLong(c))).toList();
    }

    @Test
    void claims_marked_not_the_same_quantity_are_never_grouped_again() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(40);
        assertThat(groups(a, b)).hasSize(1);

        regrouping.keepApart(reports.toll(a).id(), reports.toll(b).id());

        assertThat(groups(a, b)).isEmpty();
        claims.extract(a); // the decision is anchored to the text, so new claim ids do not undo it
        assertThat(groups(a, b)).isEmpty();
    }

    @Test
    void moving_a_claim_takes_it_out_of_its_group_and_into_the_other() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(40);
        ArticleId c = reports.report(40);
        regrouping.keepApart(reports.toll(a).id(), reports.toll(c).id());
        regrouping.keepApart(reports.toll(b).id(), reports.toll(c).id());
        ClaimGroup ab = groups(a, b, c).getFirst();
        assertThat(ab.claims()).containsExactly(reports.toll(a).id().toString(), reports.toll(b).id().toString());

        // c stands alone; merging it into a's group must beat the earlier "apart" decisions, as the latest word
        regrouping.move(reports.toll(c).id(), List.of(), ab);

        assertThat(groups(a, b, c)).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(3));
    }

    @Test
    void a_split_group_becomes_two_and_a_merge_joins_them_again() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(40);
        ArticleId c = reports.report(40);
        ArticleId d = reports.report(40);
        ClaimGroup all = groups(a, b, c, d).getFirst();
        assertThat(all.claims()).hasSize(4);

        regrouping.split(all, List.of(reports.toll(c).id(), reports.toll(d).id()));
        List<ClaimGroup> split = groups(a, b, c, d);
        assertThat(split).hasSize(2).allSatisfy(g -> assertThat(g.claims()).hasSize(2));

        regrouping.merge(split.get(0), split.get(1));
        assertThat(groups(a, b, c, d)).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(4));
    }

    @Test
    void splitting_off_every_claim_is_refused() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(40);
        ClaimGroup group = groups(a, b).getFirst();

        assertThatThrownBy(() -> regrouping.split(group, ids(group))).isInstanceOf(InvalidAnnotationException.class)
                .hasMessageContaining("some but not all");
    }

    @Test
    void a_group_note_and_verdict_override_stay_with_the_group_when_it_is_computed_again() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(52);
        ClaimGroup group = groups(a, b).getFirst();
        assertThat(group.verdict()).isEqualTo(Verdict.CONFLICT);

        groupReviews.review(group, null, "52 includes two who died in hospital", Verdict.EVOLVING);
        claims.extract(b);
        ClaimGroup again = groups(a, b).getFirst();

        assertThat(again.id()).isNotEqualTo(group.id());
        assertThat(again.verdict()).as("the automatic verdict is kept").isEqualTo(Verdict.CONFLICT);
        GroupReview review = groupReviews.reviewsOf(List.of(again)).get(again.id());
        assertThat(review.verdict()).isEqualTo(Verdict.EVOLVING);
        assertThat(review.note()).contains("hospital");
        assertThat(groupReviews.historyOf(review.id())).singleElement()
                .satisfies(h -> assertThat(h.change()).contains("verdict set to").contains("note added"));
    }

    @Test
    void a_stale_group_note_edit_is_refused() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(52);
        ClaimGroup group = groups(a, b).getFirst();
        GroupReview first = groupReviews.review(group, null, "first", null);
        groupReviews.review(group, first, "second", null);
        MarketReports.signInAs("bob", Role.ANALYST);

        assertThatThrownBy(() -> groupReviews.review(group, first, "stale", null))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("alice changed this group's note");
    }

    @Test
    void a_hand_made_claim_is_matched_like_an_extracted_one_and_survives_re_extraction() {
        ArticleId a = reports.report(40);
        ArticleId b = reports.report(40);
        String body = corpus.findArticle(a).orElseThrow().body();
        int at = body.indexOf("market");
        StoredClaim own = claims.addClaim(a, new ClaimDraft(new TextSpan(at, at + 6), ClaimKind.COUNT, "1", "",
                ClaimQualifier.EXACTLY, "markets struck"), "alice");
        assertThat(own.isAnalystClaim()).isTrue();
        assertThat(own.claim().sentence().start()).isZero();

        claims.extract(a);

        assertThat(claims.claimsOf(a)).filteredOn(StoredClaim::isAnalystClaim).singleElement()
                .satisfies(c -> assertThat(c.claim().subject()).isEqualTo("markets struck"));
        StoredClaim tollB = reports.toll(b);
        regrouping.move(own.id(), List.of(), groups(a, b).getFirst());
        assertThat(groups(a, b).getFirst()).satisfies(g -> {
            assertThat(g.claims()).contains(own.id().toString(), tollB.id().toString());
            assertThat(g.evidence()).anyMatch(e -> e.contains("by an analyst"));
        });
    }

    @Test
    void a_hand_made_claim_with_bad_values_is_refused_field_by_field() {
        ArticleId a = reports.report(40);
        int at = corpus.findArticle(a).orElseThrow().body().indexOf("40");

        assertThatThrownBy(() -> claims.addClaim(a, new ClaimDraft(new TextSpan(at, at + 2), null, "forty", "",
                ClaimQualifier.EXACTLY, " "), "alice"))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsKeys("span", "kind", "value", "subject")
                        .hasEntrySatisfying("value", m -> assertThat(m).contains("\u201cforty\u201d is not a number"))
                        .hasEntrySatisfying("span", m -> assertThat(m).contains("already a claim")));
        assertThat(claims.claimsOf(a)).noneMatch(StoredClaim::isAnalystClaim);
    }
}
