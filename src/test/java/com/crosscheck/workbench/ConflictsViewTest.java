package com.crosscheck.workbench;

import com.crosscheck.KaribuTest;
import com.crosscheck.TestArticles;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The corpus-wide list of conflicts, with two reports that disagree on a death toll added to the seeds. */
@Transactional
class ConflictsViewTest extends KaribuTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    ClaimService claims;

    private ArticleId report(String outlet, int killed) {
        return TestArticles.marketStrikeReport(corpus, claims, outlet, killed);
    }

    @Test
    void lists_the_conflict_with_its_outlets_and_values() {
        ArticleId ledger = report("Daily Ledger", 40);
        ArticleId courier = report("Morning Courier", 65);

        UI.getCurrent().navigate("conflicts");

        List<ShownGroup> shown = _get(ConflictsView.class).shownGroups();
        assertThat(shown).isNotEmpty().allSatisfy(g -> assertThat(g.isConflict()).isTrue());
        ShownGroup market = shown.stream()
                .filter(g -> g.members().stream().anyMatch(m -> m.article().id().equals(ledger)))
                .findFirst().orElseThrow();
        assertThat(market.members()).extracting(ShownClaim::outlet).contains("Daily Ledger", "Morning Courier");
        assertThat(market.group().explanation()).contains("40").contains("65");
        assertThat(ConflictsView.compareAddress(market)).contains(ledger.toString()).contains(courier.toString());
    }

    @Test
    void filters_by_text_and_kind() {
        report("Daily Ledger", 40);
        report("Morning Courier", 65);
        UI.getCurrent().navigate("conflicts");
        ConflictsView view = _get(ConflictsView.class);

        view.search().setValue("courier");
        assertThat(view.shownGroups()).isNotEmpty();
        view.search().setValue("no such outlet anywhere");
        assertThat(view.shownGroups()).isEmpty();

        view.search().clear();
        view.kindFilter().setValue("killed");
        assertThat(view.shownGroups()).isNotEmpty()
                .allSatisfy(g -> assertThat(g.group().kind().label()).isEqualTo("killed"));
    }
}
