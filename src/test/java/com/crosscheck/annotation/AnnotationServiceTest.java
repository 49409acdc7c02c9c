package com.crosscheck.annotation;

import com.crosscheck.accounts.Role;
import com.crosscheck.testing.KaribuLogin;
import org.springframework.context.ApplicationContext;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimQualifier;
import com.crosscheck.base.TextSpan;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.MatchingService;
import com.crosscheck.matching.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviews, corrections, history and locking of claim annotations, and their anchoring across re-extraction. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:annotation-service-test;DB_CLOSE_DELAY=-1")
class AnnotationServiceTest {

    /** The real extractor, with a tweak a test can set to stand for a changed extractor version. */
    @TestConfiguration
    static class ChangingExtractor {
        static volatile UnaryOperator<List<Claim>> tweak = UnaryOperator.identity();

        @Bean
        @Primary
        ClaimExtractor changingExtractor(@Qualifier("claimExtractor") ClaimExtractor real) {
            return (body, published) -> tweak.apply(real.extract(body, published));
        }
    }

    @Autowired
    AnnotationService annotations;
    @Autowired
    ClaimService claims;
    @Autowired
    CorpusService corpus;
    @Autowired
    ApplicationContext context;
    @Autowired
    MatchingService matching;
    @Autowired
    RegroupingService regrouping;
    @Autowired
    GroupReviewService groupReviews;

    @BeforeEach
    void signIn() {
        KaribuLogin.useSecurityOf(context);
        signInAs("alice");
    }

    @AfterEach
    void reset() {
        ChangingExtractor.tweak = UnaryOperator.identity();
        KaribuLogin.signOut();
    }

    static void signInAs(String name) {
        MarketReports.signInAs(name, Role.ANALYST);
    }

    private ArticleId report(int killed) {
        return new MarketReports(corpus, claims).report(killed);
    }

    private StoredClaim toll(ArticleId article) {
        return new MarketReports(corpus, claims).toll(article);
    }

    @Test
    void a_review_records_its_author_and_a_history_line() {
        StoredClaim toll = toll(report(40));

        ClaimReview saved = annotations.review(toll.id(), new ReviewChange(ReviewStatus.DISPUTED, " Only one source ",
                ClaimCorrection.none()), null);

        assertThat(saved.status()).isEqualTo(ReviewStatus.DISPUTED);
        assertThat(saved.note()).isEqualTo("Only one source");
        assertThat(saved.updatedBy()).isEqualTo("alice");
        assertThat(saved.anchor().exact()).isEqualTo("40");
        assertThat(annotations.historyOf(toll.id())).singleElement().satisfies(h -> {
            assertThat(h.author()).isEqualTo("alice");
            assertThat(h.change()).contains("Unreviewed \u2192 Disputed").contains("note added");
        });
    }

    @Test
    void a_correction_is_kept_beside_the_extracted_original_and_used_by_matching() {
        ArticleId first = report(40);
        ArticleId second = report(40);
        assertThat(matching.groupsFor(List.of(first, second))).singleElement()
                .extracting(ClaimGroup::verdict).isEqualTo(Verdict.AGREE);

        StoredClaim toll = toll(second);
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.CONFIRMED, null,
                new ClaimCorrection(null, 52.0, null, null, null)), null);

        assertThat(claims.find(toll.id()).orElseThrow().claim().quantity().value()).isEqualTo(40);
        ClaimReview review = annotations.reviewOf(toll.id()).orElseThrow();
        assertThat(review.correction().value()).isEqualTo(52.0);
        assertThat(review.correction().applyTo(toll.claim()).quantity().value()).isEqualTo(52);
        assertThat(matching.groupsFor(List.of(first, second))).singleElement()
                .extracting(ClaimGroup::verdict).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void a_correction_that_does_not_hold_together_is_refused_with_the_reason() {
        StoredClaim toll = toll(report(40));

        assertThatThrownBy(() -> annotations.review(toll.id(), new ReviewChange(ReviewStatus.UNREVIEWED, null,
                new ClaimCorrection(null, 30.0, 35.0, null, null)), null))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessageContaining("lower bound 35 is above the value 30");
        assertThat(annotations.reviewOf(toll.id())).isEmpty();
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept() {
        StoredClaim toll = toll(report(40));
        ClaimReview start = annotations.review(toll.id(), new ReviewChange(ReviewStatus.UNREVIEWED, "to check",
                ClaimCorrection.none()), null);

        annotations.review(toll.id(), new ReviewChange(ReviewStatus.CONFIRMED, "checked with the ministry",
                ClaimCorrection.none()), start.version());
        signInAs("bob");

        assertThatThrownBy(() -> annotations.review(toll.id(), new ReviewChange(ReviewStatus.FALSE, "wrong",
                ClaimCorrection.none()), start.version()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("alice changed this claim's review")
                .hasMessageContaining("still in the form");
        ClaimReview kept = annotations.reviewOf(toll.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(kept.note()).isEqualTo("checked with the ministry");
    }

    @Test
    void a_first_review_saved_while_another_analyst_wrote_one_is_refused() {
        StoredClaim toll = toll(report(40));
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.CONFIRMED, null, ClaimCorrection.none()), null);
        signInAs("bob");

        assertThatThrownBy(() -> annotations.review(toll.id(), new ReviewChange(ReviewStatus.FALSE, null,
                ClaimCorrection.none()), null)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void annotations_are_attached_again_after_the_claims_are_extracted_anew() {
        ArticleId article = report(40);
        StoredClaim toll = toll(article);
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.DISPUTED, "one source", ClaimCorrection.none()), null);

        claims.extract(article);

        StoredClaim again = toll(article);
        assertThat(again.id()).isNotEqualTo(toll.id());
        ClaimReview review = annotations.reviewOf(again.id()).orElseThrow();
        assertThat(review.note()).isEqualTo("one source");
        assertThat(review.isOrphaned()).isFalse();
        assertThat(annotations.orphansOf(List.of(article))).isEmpty();
    }

    @Test
    void an_annotation_follows_its_figure_when_a_new_extractor_version_widens_the_claim() {
        ArticleId article = report(40);
        StoredClaim toll = toll(article);
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.CONFIRMED, "ok", ClaimCorrection.none()), null);
        ChangingExtractor.tweak = found -> found.stream().map(c -> c.kind() != ClaimKind.KILLED ? c
                : new Claim(new TextSpan(c.span().start(), c.span().end() + 7), c.text() + " people",
                        c.kind(), c.quantity(), c.date(), c.qualifier(), c.modality(), c.subject(), c.place(), c.time(),
                        c.source(), c.sentence(), c.section())).toList();

        claims.extract(article);

        ClaimReview review = annotations.reviewOf(toll(article).id()).orElseThrow();
        assertThat(review.anchor().exact()).isEqualTo("40 people");
        assertThat(annotations.historyOfReview(review.id()).getFirst().change()).contains("moved from \u201c40\u201d");
    }

    @Test
    void an_annotation_whose_claim_is_no_longer_extracted_is_kept_as_an_orphan() {
        ArticleId article = report(40);
        StoredClaim toll = toll(article);
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.FALSE, "not a toll", ClaimCorrection.none()), null);
        ChangingExtractor.tweak = found -> found.stream().filter(c -> c.kind() != ClaimKind.KILLED).toList();

        claims.extract(article);

        assertThat(annotations.orphansOf(List.of(article))).singleElement().satisfies(orphan -> {
            assertThat(orphan.note()).isEqualTo("not a toll");
            assertThat(orphan.anchor().exact()).isEqualTo("40");
            assertThat(orphan.orphanReason()).contains("no claim covers \u201c40\u201d");
            assertThat(annotations.historyOfReview(orphan.id()).getFirst().change()).startsWith("orphaned");
        });

        ChangingExtractor.tweak = UnaryOperator.identity();
        claims.extract(article);

        assertThat(annotations.orphansOf(List.of(article))).isEmpty();
        assertThat(annotations.reviewOf(toll(article).id()).orElseThrow().note()).isEqualTo("not a toll");
    }

    @Test
    void no_one_signed_in_cannot_annotate() {
        StoredClaim toll = toll(report(40));
        KaribuLogin.signOut();

        assertThatThrownBy(() -> annotations.review(toll.id(), new ReviewChange(ReviewStatus.FALSE, null,
                ClaimCorrection.none()), null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(annotations.reviewOf(toll.id())).isEmpty();
    }

    @Test
    void a_viewer_can_read_reviews_but_change_nothing() {
        ArticleId first = report(40);
        ArticleId second = report(40);
        StoredClaim toll = toll(first);
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.CONFIRMED, "ok", ClaimCorrection.none()), null);
        KaribuLogin.as("vera", Role.VIEWER);

        assertThat(annotations.reviewOf(toll.id())).isPresent();
        assertThatThrownBy(() -> annotations.review(toll.id(), new ReviewChange(ReviewStatus.FALSE, null,
                ClaimCorrection.none()), 0L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regrouping.keepApart(toll.id(), toll(second).id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groupReviews.review(matching.groupsFor(List.of(first, second)).getFirst(), null, "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.addClaim(first, new ClaimDraft(new TextSpan(0, 2), ClaimKind.COUNT, "1", "",
                ClaimQualifier.EXACTLY, "things"), "vera")).isInstanceOf(AccessDeniedException.class);
        assertThat(annotations.reviewOf(toll.id()).orElseThrow().status()).isEqualTo(ReviewStatus.CONFIRMED);
    }
}
