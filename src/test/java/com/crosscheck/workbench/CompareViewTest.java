package com.crosscheck.workbench;

import com.crosscheck.KaribuTest;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CompareViewTest extends KaribuTest {

    @Autowired
    CorpusService corpus;

    private List<ArticleSummary> articles() {
        return corpus.findSummaries(ArticleFilter.ALL);
    }

    private static String messageHeading() {
        return _get(H2.class).getText();
    }

    @Test
    void shows_the_chosen_articles_side_by_side_oldest_first_with_outlet_date_and_body() {
        ArticleSummary newer = articles().get(0);
        ArticleSummary older = articles().get(articles().size() - 1);

        UI.getCurrent().navigate("compare/" + newer.id() + "," + older.id());

        List<ArticleColumn> columns = _find(ArticleColumn.class);
        assertThat(columns).hasSize(2);
        assertThat(columns).extracting(c -> c.getElement().getAttribute("data-article-id"))
                .containsExactly(older.id().toString(), newer.id().toString());
        assertThat(_find(columns.get(0), H2.class).getFirst().getText()).isEqualTo(older.title());
        assertThat(columns.get(0).text().paragraphs()).hasSizeGreaterThan(5);
    }

    @Test
    void each_paragraph_is_a_non_blank_line_given_by_its_offsets_into_the_body() {
        ArticleSummary first = articles().get(0);
        String body = corpus.findArticle(first.id()).orElseThrow().body();

        UI.getCurrent().navigate("compare/" + first.id() + "," + articles().get(1).id());

        ArticleColumn column = _find(ArticleColumn.class).stream()
                .filter(c -> c.getElement().getAttribute("data-article-id").equals(first.id().toString()))
                .findFirst().orElseThrow();
        assertThat(column.text().getElement().getProperty("text")).isEqualTo(body);
        assertThat(column.text().paragraphs()).allSatisfy(p -> {
            String text = p.of(body);
            assertThat(text).isNotBlank().isEqualTo(text.strip()).doesNotContain("\n");
        });
    }

    @Test
    void the_address_can_ask_for_the_columns_as_chosen() {
        ArticleSummary newer = articles().get(0);
        ArticleSummary older = articles().get(articles().size() - 1);

        UI.getCurrent().navigate("compare/" + newer.id() + "," + older.id(), QueryParameters.of("order", "chosen"));

        assertThat(_find(ArticleColumn.class)).extracting(c -> c.getElement().getAttribute("data-article-id"))
                .containsExactly(newer.id().toString(), older.id().toString());
    }

    @Test
    void an_unknown_id_gets_a_message_naming_it() {
        UI.getCurrent().navigate("compare/" + articles().get(0).id() + ",987654");

        assertThat(_find(ArticleColumn.class)).isEmpty();
        assertThat(messageHeading()).isEqualTo("This comparison cannot be shown");
        assertThat(_get(Paragraph.class).getText()).contains("There is no article 987654 in the corpus");
    }

    @Test
    void an_id_that_is_not_a_number_gets_a_message() {
        UI.getCurrent().navigate("compare/1,abc");

        assertThat(_get(Paragraph.class).getText()).contains("\u201cabc\u201d is not an article id");
    }

    @Test
    void a_single_article_gets_a_message_about_the_count() {
        UI.getCurrent().navigate("compare/" + articles().get(0).id());

        assertThat(_get(Paragraph.class).getText()).contains("2 to 4 articles").contains("names 1");
    }

    @Test
    void without_ids_it_explains_how_to_start() {
        UI.getCurrent().navigate("compare");

        assertThat(messageHeading()).isEqualTo("Nothing to compare yet");
    }

    @Test
    @Transactional
    void markup_in_an_article_is_shown_as_text() {
        String hostile = "<script>alert('x')</script> and <img src=x onerror=alert(1)> and <b>bold</b>";
        ArticleId id = corpus.importArticle(new ArticleDraft("hostile.txt", "<i>Hostile</i>", "Evil Outlet",
                "javascript:alert(1)", LocalDate.of(2024, 1, 1), Map.of(), hostile)).articleId();

        UI.getCurrent().navigate("compare/" + id + "," + articles().get(0).id());

        ArticleColumn column = _find(ArticleColumn.class).getFirst();
        assertThat(column.text().getElement().getProperty("text")).as("sent as text").isEqualTo(hostile);
        assertThat(column.text().getElement().getChildCount()).as("no markup made on the server").isZero();
        assertThat(_find(column, H2.class).getFirst().getText()).isEqualTo("<i>Hostile</i>");
        assertThat(column.getElement().getOuterHTML()).doesNotContain("javascript:").doesNotContain("<script>");
    }
}
