package com.crosscheck.corpus.ui;

import com.crosscheck.KaribuTest;
import com.crosscheck.corpus.ArticleSummary;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ArticlesViewTest extends KaribuTest {

    private ArticlesView view;

    @BeforeEach
    void openArticles() {
        UI.getCurrent().navigate("");
        view = _get(ArticlesView.class);
    }

    @Test
    void lists_the_five_bundled_articles_with_outlet_date_and_word_count() {
        expectRows(view.grid, 5);
        assertThat(_findAll(view.grid)).extracting(ArticleSummary::outlet).containsExactlyInAnyOrder(
                "GZERO Media", "Financial World", "World Today News", "Newsmax", "The Judean");
        assertThat(_findAll(view.grid)).allSatisfy(a -> {
            assertThat(a.published()).isNotNull();
            assertThat(a.wordCount()).isGreaterThan(100);
        });
    }

    @Test
    void the_text_filter_searches_titles_and_bodies() {
        view.search.setValue("Sinwar");

        assertThat(_findAll(view.grid)).extracting(ArticleSummary::outlet)
                .containsExactlyInAnyOrder("Newsmax", "The Judean");
    }

    @Test
    void the_outlet_filter_keeps_only_the_chosen_outlets() {
        view.outlets.setValue(Set.of("Financial World"));

        expectRows(view.grid, 1);
        assertThat(_findAll(view.grid).getFirst().outlet()).isEqualTo("Financial World");
    }

    @Test
    void compare_is_enabled_only_for_two_to_four_selected_articles() {
        var rows = _findAll(view.grid);
        assertThat(view.compare.isEnabled()).isFalse();

        view.grid.select(rows.get(0));
        assertThat(view.compare.isEnabled()).isFalse();
        view.grid.select(rows.get(1));
        assertThat(view.compare.isEnabled()).isTrue();
        rows.forEach(view.grid::select);
        assertThat(view.compare.isEnabled()).isFalse();
        assertThat(view.selectionHint.getText()).contains("at most 4");
    }

    @Test
    void compare_opens_the_selected_articles_oldest_first() {
        var rows = _findAll(view.grid);
        ArticleSummary newest = rows.stream().filter(a -> "The Judean".equals(a.outlet())).findFirst().orElseThrow();
        ArticleSummary oldest = rows.stream().filter(a -> "GZERO Media".equals(a.outlet())).findFirst().orElseThrow();
        view.grid.select(newest);
        view.grid.select(oldest);

        _click(view.compare);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("compare/" + oldest.id() + "," + newest.id());
    }
}
