package com.crosscheck.workbench;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.base.ui.DisplayDates;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.crosscheck.corpus.Article;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/**
 * One article in the comparison: outlet, date and title above the body, which scrolls on its own.
 * The body, with its claims highlighted, is an {@link ArticleText}.
 */
class ArticleColumn extends Section {

    private final ArticleText text;

    ArticleColumn(Article article, Comparison comparison) {
        addClassName("article-column");
        getElement().setAttribute("data-article-id", article.id().toString());
        List<ShownClaim> claims = comparison.claimsOf(article);
        text = new ArticleText(article, claims.stream().map(c -> ClaimMark.of(c, comparison)).toList());
        add(header(article, claims), text);
        List<ClaimReview> orphans = comparison.analysts().orphans().stream().filter(o -> o.article().equals(article.id())).toList();
        if (!orphans.isEmpty()) {
            addComponentAtIndex(1, orphanList(orphans));
        }
    }

    /** Annotations that lost their claim when the claims were extracted again: kept, shown, never dropped. */
    private static Details orphanList(List<ClaimReview> orphans) {
        var list = new UnorderedList();
        for (ClaimReview orphan : orphans) {
            var quote = new Span("\u201c" + orphan.anchor().exact() + "\u201d");
            quote.addClassName("orphan-quote");
            var line = new Span(ClaimTexts.reviewLine(orphan));
            var reason = new Span("Not attached: " + orphan.orphanReason() + ".");
            reason.addClassName("orphan-reason");
            list.add(new ListItem(quote, line, reason));
        }
        var details = new Details(ClaimTexts.plural(orphans.size(), "orphaned annotation"), list);
        details.addClassName("orphan-list");
        return details;
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

    ArticleText text() {
        return text;
    }
}
