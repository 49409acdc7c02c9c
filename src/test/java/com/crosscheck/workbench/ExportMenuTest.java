package com.crosscheck.workbench;

import com.crosscheck.KaribuTest;
import com.crosscheck.accounts.Role;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Compare's toolbar and the Conflicts screen offer every export format as a download, to viewers too. */
class ExportMenuTest extends KaribuTest {

    @Autowired
    CorpusService corpus;

    @Override
    protected Role signedInRole() {
        return Role.VIEWER;
    }

    @Test
    void the_compare_toolbar_offers_the_export_formats_as_downloads() {
        List<ArticleSummary> articles = corpus.findSummaries(ArticleFilter.ALL);
        UI.getCurrent().navigate("compare/" + articles.get(0).id() + "," + articles.get(1).id());

        ExportMenu menu = _get(ExportMenu.class);
        assertThat(menu.getParent().orElseThrow().getElement().getClassList()).contains("workspace-toolbar");
        _click(menu.button());

        List<Anchor> links = _find(menu.dialog(), Anchor.class);
        assertThat(links).extracting(a -> a.getElement().getAttribute("data-format"))
                .containsExactly("md", "csv", "json", "w3c", "pdf");
        Anchor markdown = links.getFirst();
        assertThat(markdown.getId()).hasValue("export-md");
        assertThat(markdown.getElement().getTextRecursively()).isEqualTo("Markdown notes.md");
        assertThat(markdown.getHref()).isNotBlank();
        assertThat(markdown.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void the_conflicts_screen_exports_the_whole_corpus() {
        UI.getCurrent().navigate("conflicts");

        ExportMenu menu = _get(ExportMenu.class);
        assertThat(menu.button().getText()).isEqualTo("Export corpus");
        _click(menu.button());
        assertThat(_find(menu.dialog(), Anchor.class)).hasSize(5);
    }
}
