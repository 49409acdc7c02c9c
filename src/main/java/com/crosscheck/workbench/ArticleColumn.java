package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;
import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.corpus.Article;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article in the comparison: outlet, date and title above the body, which scrolls on its own.
 * The body is set as text, paragraph by paragraph, never as HTML, so markup in an article shows literally.
 * Each paragraph carries its offsets into the body ({@code data-start}, {@code data-end}); each claim is a
 * highlighted mark made by {@link ClaimMarks}.
 */
class ArticleColumn extends Section {

    ArticleColumn(Article article, Comparison comparison, Map<String, Element> marks) {
        addClassName("article-column");
        getElement().setAttribute("data-article-id", article.id().toString());
        add(header(article, comparison.claimsOf(article)), body(article, comparison, marks));
    }

    private static Header header(Article article, List<ShownClaim> claims) {
        var outlet = new Span(article.outlet() == null ? "Unknown outlet" : article.outlet());
        outlet.addClassName("article-outlet");
        var date = new Span(DisplayDates.format(article.published()) + dateQualifier(article));
        date.addClassName("article-date");
        long own = claims.stream().filter(ShownClaim::isOwnText).count();
        var count = new Span(own + (own == 1 ? " claim" : " claims"));
        count.addClassName("article-claim-count");
        var byline = new Div(outlet, date);
        byline.addClassName("article-byline");

        var title = new H2(article.title());
        title.addClassName("article-title");

        var footer = new Div(count);
        footer.addClassName("article-header-footer");
        String url = article.linkableUrl();
        if (url != null) {
            var original = new Anchor(url, "Original article \u2197", AnchorTarget.BLANK);
            original.getElement().setAttribute("rel", "noopener noreferrer");
            original.addClassName("article-link");
            footer.add(original);
        }
        var header = new Header(byline, title, footer);
        header.addClassName("article-column-header");
        return header;
    }

    /** " (approximate)" when the article's header says its date is approximate ({@code Accuracy: ...}). */
    private static String dateQualifier(Article article) {
        return article.metadata().entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals("accuracy"))
                .map(e -> " (" + e.getValue() + ")")
                .findFirst().orElse("");
    }

    private static Div body(Article article, Comparison comparison, Map<String, Element> marks) {
        var body = new Div();
        body.addClassName("article-body");
        body.getElement().setAttribute("tabindex", "0");
        body.getElement().setAttribute("aria-label", "Text of " + article.title());
        List<ShownClaim> claims = comparison.claimsOf(article);
        for (TextSpan span : BodyParagraphs.of(article.body())) {
            var paragraph = new Paragraph();
            paragraph.getElement().setAttribute("data-start", Integer.toString(span.start()));
            paragraph.getElement().setAttribute("data-end", Integer.toString(span.end()));
            for (ParagraphRuns.Run run : ParagraphRuns.split(span, claims)) {
                String text = run.span().of(article.body());
                if (run.claim() == null) {
                    paragraph.getElement().appendChild(Element.createText(text));
                } else {
                    Element mark = ClaimMarks.mark(run.claim(), text, comparison);
                    marks.put(run.claim().id(), mark);
                    paragraph.getElement().appendChild(mark);
                }
            }
            body.add(paragraph);
        }
        return body;
    }
}
