package com.crosscheck.workbench;

import com.crosscheck.KaribuTest;
import com.crosscheck.TestArticles;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The Compare view's claim highlights, selection, navigation and matrix, on the bundled seed articles. */
class CompareWorkspaceTest extends KaribuTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    ClaimService claims;

    private ArticleId byOutlet(String outlet) {
        return TestArticles.byOutlet(corpus, outlet);
    }

    private List<ArticleId> tripArticles() {
        return List.of(byOutlet("World Today News"), byOutlet("Newsmax"), byOutlet("The Judean"));
    }

    private ComparisonWorkspace open(List<ArticleId> ids) {
        UI.getCurrent().navigate("compare/" + String.join(",", ids.stream().map(ArticleId::toString).toList()));
        return _get(CompareView.class).workspace();
    }

    private static List<ClaimMark> marks() {
        return _get(CompareView.class).workspace().texts().stream().flatMap(t -> t.marks().stream()).toList();
    }

    private StoredClaim claim(ArticleId article, String text) {
        return claims.claimsOf(article).stream().filter(c -> c.claim().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void every_claim_is_highlighted_with_its_id_group_kind_and_verdict() {
        List<ArticleId> ids = tripArticles();
        open(ids);

        List<StoredClaim> stored = claims.claimsOf(ids);
        assertThat(stored).hasSizeGreaterThan(10);
        assertThat(marks()).extracting(ClaimMark::id)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(c -> c.id().toString()).toList());
        assertThat(marks()).allSatisfy(mark -> {
            StoredClaim claim = stored.stream().filter(c -> c.id().toString().equals(mark.id())).findFirst().orElseThrow();
            assertThat(mark.start()).isEqualTo(claim.claim().span().start());
            assertThat(mark.end()).isEqualTo(claim.claim().span().end());
            assertThat(mark.kind()).isEqualTo(claim.claim().kind().label());
            assertThat(mark.verdict()).isIn("agree", "conflict", "evolving", "unmatched");
            assertThat(mark.group().isEmpty()).isEqualTo(mark.verdict().equals("unmatched"));
            assertThat(mark.details()).contains(claim.claim().subject());
        });
    }

    @Test
    void claims_outside_the_articles_own_text_are_unmatched() {
        open(List.of(byOutlet("GZERO Media"), byOutlet("The Judean")));

        List<ClaimMark> outside = marks().stream().filter(m -> !m.section().equals("body")).toList();
        assertThat(outside).as("related stories in one seed, embedded posts in the other").isNotEmpty();
        assertThat(outside).allSatisfy(m -> assertThat(m.verdict()).isEqualTo("unmatched"));
    }

    @Test
    void selecting_a_trip_number_selects_the_same_sequence_in_the_other_column() {
        ComparisonWorkspace workspace = open(tripArticles());
        StoredClaim eleventh = claim(byOutlet("Newsmax"), "11th");
        StoredClaim fifth = claim(byOutlet("World Today News"), "fifth");

        workspace.selectClaim(eleventh.id().toString());

        assertThat(workspace.selectedClaimIds()).contains(eleventh.id().toString(), fifth.id().toString());
        assertThat(workspace.selectedClaimIds())
                .containsExactlyInAnyOrderElementsOf(workspace.selectedGroup().members().stream().map(ShownClaim::id).toList());
        ArticleText newsmaxText = workspace.texts().stream()
                .filter(t -> t.marks().stream().anyMatch(m -> m.id().equals(eleventh.id().toString()))).findFirst().orElseThrow();
        assertThat(newsmaxText.selection().focus()).isEqualTo(eleventh.id().toString());
        assertThat(_find(workspace.panel(), H3.class)).extracting(H3::getText)
                .containsExactly(workspace.selectedGroup().group().label());
    }

    @Test
    void clearing_the_selection_unmarks_every_claim_and_shows_the_summary() {
        ComparisonWorkspace workspace = open(tripArticles());
        workspace.selectClaim(claim(byOutlet("Newsmax"), "11th").id().toString());

        workspace.clearSelection();

        assertThat(workspace.texts()).allSatisfy(t -> assertThat(t.selection().ids()).isEmpty());
        assertThat(workspace.selectedGroup()).isNull();
        assertThat(_find(workspace.panel(), H3.class)).extracting(H3::getText).containsExactly("Where the sources stand");
    }

    @Test
    void an_unmatched_claim_is_selected_alone_with_the_reason() {
        ComparisonWorkspace workspace = open(tripArticles());
        StoredClaim hostages = claim(byOutlet("Newsmax"), "250");

        workspace.selectClaim(hostages.id().toString());

        assertThat(workspace.selectedGroup()).isNull();
        assertThat(workspace.selectedClaimIds()).containsExactly(hostages.id().toString());
        assertThat(_find(workspace.panel(), H3.class)).extracting(H3::getText).containsExactly("about 250");
    }

    @Test
    void a_claim_in_the_address_opens_with_its_group_selected() {
        List<ArticleId> ids = tripArticles();
        StoredClaim fifth = claim(byOutlet("World Today News"), "fifth");

        UI.getCurrent().navigate("compare/" + String.join(",", ids.stream().map(ArticleId::toString).toList()),
                QueryParameters.of("claim", fifth.id().toString()));

        ComparisonWorkspace workspace = _get(CompareView.class).workspace();
        assertThat(workspace.selectedGroup()).isNotNull();
        assertThat(workspace.selectedClaimIds()).contains(claim(byOutlet("Newsmax"), "11th").id().toString());
    }

    @Test
    void the_matrix_has_a_row_per_group_and_the_values_as_written_per_article() {
        ComparisonWorkspace workspace = open(tripArticles());

        workspace.showMatrix();

        ClaimsMatrix matrix = workspace.matrix();
        assertThat(matrix.shownGroups()).hasSameSizeAs(workspace.comparison().groups());
        ShownGroup trips = matrix.shownGroups().stream().filter(g -> g.group().kind().label().equals("trip"))
                .findFirst().orElseThrow();
        var articles = workspace.comparison().articles();
        assertThat(ClaimsMatrix.cellText(trips, articles.get(0))).isEqualTo("fifth; four");
        assertThat(ClaimsMatrix.cellText(trips, articles.get(1))).isEqualTo("11th");
        assertThat(matrix.grid().getColumns()).hasSize(4 + articles.size());
    }

    @Test
    void the_matrix_filters_by_kind_and_verdict() {
        ComparisonWorkspace workspace = open(List.of(byOutlet("Financial World"), byOutlet("World Today News"),
                byOutlet("Newsmax")));
        workspace.showMatrix();
        ClaimsMatrix matrix = workspace.matrix();
        assertThat(matrix.shownGroups()).hasSizeGreaterThanOrEqualTo(2);

        matrix.kindFilter().setValue("trip");
        assertThat(matrix.shownGroups()).isNotEmpty().allSatisfy(g -> assertThat(g.group().kind().label()).isEqualTo("trip"));

        matrix.kindFilter().setValue(ClaimsMatrix.ALL_KINDS);
        matrix.verdictFilter().setValue("agree");
        assertThat(matrix.shownGroups()).isNotEmpty().allSatisfy(g -> assertThat(g.verdict().label()).isEqualTo("agree"));

        matrix.verdictFilter().setValue("conflict");
        assertThat(matrix.shownGroups()).isEmpty();
    }

    @Test
    void next_group_walks_the_groups_in_reading_order() {
        ComparisonWorkspace workspace = open(List.of(byOutlet("Financial World"), byOutlet("World Today News"),
                byOutlet("Newsmax")));
        List<ShownGroup> groups = workspace.comparison().groups();
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2);

        workspace.nextGroup();
        assertThat(workspace.selectedGroup()).isEqualTo(groups.get(0));
        workspace.nextGroup();
        assertThat(workspace.selectedGroup()).isEqualTo(groups.get(1));
        assertThat(Set.copyOf(workspace.selectedClaimIds()))
                .isEqualTo(Set.copyOf(groups.get(1).members().stream().map(ShownClaim::id).toList()));
        workspace.previousGroup();
        assertThat(workspace.selectedGroup()).isEqualTo(groups.get(0));
    }

    @Test
    void without_conflicts_next_conflict_keeps_the_selection() {
        ComparisonWorkspace workspace = open(tripArticles());
        assertThat(workspace.comparison().conflictCount()).isZero();

        workspace.nextConflict();

        assertThat(workspace.selectedGroup()).isNull();
    }
}
