package com.crosscheck.workbench;

import com.crosscheck.KaribuTest;
import com.crosscheck.TestArticles;
import com.crosscheck.annotation.AnnotationService;
import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ReviewChange;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.crosscheck.accounts.Role;
import com.crosscheck.testing.KaribuLogin;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviewing, regrouping and adding claims from the Compare view's side panel, as an analyst and as a viewer. */
class AnnotationPanelTest extends KaribuTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    ClaimService claims;
    @Autowired
    AnnotationService annotations;


    /** Two made-up reports of one strike that disagree on the toll; the toll numbers keep each test's own. */
    private List<ArticleId> reports(int first, int second) {
        return List.of(TestArticles.marketStrikeReport(corpus, claims, "Daily " + first, first),
                TestArticles.marketStrikeReport(corpus, claims, "Weekly " + second, second));
    }

    private StoredClaim toll(ArticleId article) {
        return claims.claimsOf(article).stream().filter(c -> c.claim().kind() == ClaimKind.KILLED).findFirst().orElseThrow();
    }

    private ComparisonWorkspace open(List<ArticleId> ids, StoredClaim selected) {
        UI.getCurrent().navigate("compare/" + ids.get(0) + "," + ids.get(1),
                QueryParameters.simple(java.util.Map.of("claim", selected.id().toString())));
        return _get(CompareView.class).workspace();
    }

    private static ClaimMark mark(ComparisonWorkspace workspace, StoredClaim claim) {
        return workspace.texts().stream().flatMap(t -> t.marks().stream())
                .filter(m -> m.id().equals(claim.id().toString())).findFirst().orElseThrow();
    }

    @Test
    void an_analyst_marks_a_claim_disputed_with_a_note_and_sees_it_after_the_page_is_shown_again() {
        KaribuLogin.as("alice", Role.ANALYST);
        List<ArticleId> ids = reports(61, 67);
        StoredClaim toll = toll(ids.get(1));
        ComparisonWorkspace workspace = open(ids, toll);
        ClaimReviewForm form = workspace.panel().reviewForm();

        form.status.setValue(ReviewStatus.DISPUTED);
        form.note.setValue("Only the ministry gives 67.");
        form.save.click();

        workspace = open(ids, toll);
        form = workspace.panel().reviewForm();
        assertThat(form.status.getValue()).isEqualTo(ReviewStatus.DISPUTED);
        assertThat(form.note.getValue()).isEqualTo("Only the ministry gives 67.");
        assertThat(mark(workspace, toll).review()).isEqualTo("disputed");
        assertThat(mark(workspace, toll).details()).contains("Disputed").contains("alice");
        assertThat(annotations.historyOf(toll.id())).singleElement().extracting(h -> h.author()).isEqualTo("alice");
    }

    @Test
    void a_save_over_someone_elses_newer_review_is_refused_and_keeps_what_was_typed() {
        KaribuLogin.as("alice", Role.ANALYST);
        List<ArticleId> ids = reports(71, 73);
        StoredClaim toll = toll(ids.get(0));
        ClaimReviewForm form = open(ids, toll).panel().reviewForm();
        KaribuLogin.as("bob", Role.ANALYST);
        annotations.review(toll.id(), new ReviewChange(ReviewStatus.CONFIRMED, "bob checked", ClaimCorrection.none()), null);
        KaribuLogin.as("alice", Role.ANALYST);

        form.note.setValue("alice thinks otherwise");
        form.status.setValue(ReviewStatus.FALSE);
        form.save.click();

        assertThat(form.getElement().getTextRecursively()).contains("bob changed this claim's review");
        assertThat(form.note.getValue()).isEqualTo("alice thinks otherwise");
        assertThat(annotations.reviewOf(toll.id()).orElseThrow().note()).isEqualTo("bob checked");
    }

    @Test
    void a_correction_shows_the_extracted_figure_beside_it_and_a_bad_number_is_refused_with_the_reason() {
        KaribuLogin.as("alice", Role.ANALYST);
        List<ArticleId> ids = reports(81, 83);
        StoredClaim toll = toll(ids.get(0));
        ClaimReviewForm form = open(ids, toll).panel().reviewForm();

        form.value.setValue("eighty");
        form.save.click();
        assertThat(form.value.isInvalid()).isTrue();
        assertThat(form.value.getErrorMessage()).contains("\u201ceighty\u201d is not a number");
        assertThat(annotations.reviewOf(toll.id())).isEmpty();

        form.value.setValue("83");
        form.save.click();
        form = _get(CompareView.class).workspace().panel().reviewForm();
        assertThat(form.value.getValue()).isEqualTo("83");
        assertThat(form.value.getHelperText()).isEqualTo("extracted: 81");
        assertThat(_get(CompareView.class).workspace().selectedGroup().verdict().label()).isEqualTo("agree");
    }

    @Test
    void not_the_same_quantity_takes_the_claims_out_of_one_group() {
        KaribuLogin.as("alice", Role.ANALYST);
        List<ArticleId> ids = reports(91, 93);
        StoredClaim first = toll(ids.get(0));
        ComparisonWorkspace workspace = open(ids, first);
        assertThat(workspace.selectedGroup()).isNotNull();

        var apart = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("keep-apart"));
        apart.click();

        workspace = _get(CompareView.class).workspace();
        assertThat(workspace.selectedGroup()).isNull();
        assertThat(mark(workspace, first).verdict()).isEqualTo("unmatched");
    }

    @Test
    void an_analyst_adds_a_claim_from_selected_text_after_fixing_what_the_form_refused() {
        KaribuLogin.as("alice", Role.ANALYST);
        List<ArticleId> ids = reports(101, 103);
        ComparisonWorkspace workspace = open(ids, toll(ids.get(0)));
        String body = corpus.findArticle(ids.get(0)).orElseThrow().body();
        int at = body.indexOf("Rescue teams");
        workspace.textSelected(new ArticleText.TextSelection(ids.get(0), new TextSpan(at, at + 12), "Rescue teams"));
        workspace.openOwnClaimDialog();
        OwnClaimDialog dialog = _get(OwnClaimDialog.class);

        dialog.add.click();
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.subject.getErrorMessage()).contains("Say what is counted");

        dialog.kind.setValue(ClaimKind.COUNT);
        dialog.value.setValue("2");
        dialog.subject.setValue("rescue teams at the market");
        dialog.add.click();

        StoredClaim added = claims.claimsOf(ids.get(0)).stream().filter(StoredClaim::isAnalystClaim).findFirst().orElseThrow();
        assertThat(added.author()).isEqualTo("alice");
        assertThat(added.claim().text()).isEqualTo("Rescue teams");
        assertThat(mark(_get(CompareView.class).workspace(), added).origin()).isEqualTo("analyst");

        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("remove-claim")).click();
        assertThat(claims.claimsOf(ids.get(0))).noneMatch(StoredClaim::isAnalystClaim);
    }

    @Test
    void a_viewer_reads_reviews_but_gets_no_way_to_change_them() {
        KaribuLogin.as("vera", Role.VIEWER);
        List<ArticleId> ids = reports(111, 113);
        ComparisonWorkspace workspace = open(ids, toll(ids.get(0)));

        ClaimReviewForm form = workspace.panel().reviewForm();
        assertThat(form.status.isReadOnly()).isTrue();
        assertThat(form.save.getParent()).isEmpty();
        assertThat(workspace.panel().groupForm().save.getParent()).isEmpty();
        assertThat(workspace.panel().getChildren().anyMatch(c -> c instanceof RegroupActions)).isFalse();
        workspace.openOwnClaimDialog();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(OwnClaimDialog.class)).isEmpty();
    }
}
