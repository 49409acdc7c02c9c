package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;
import com.crosscheck.corpus.Article;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * An article body with its claims highlighted, drawn in the browser by a small web component
 * ({@code frontend/components/cc-article-text.js}) from the body text, the paragraph offsets and one
 * {@link ClaimMark} per claim. The text is set as text, never as HTML. Each paragraph carries its offsets
 * ({@code data-start}, {@code data-end}); each claim is a {@code mark} with the attributes listed in
 * {@link ClaimMark}, and {@code data-selected} while its group is selected.
 */
@Tag("cc-article-text")
@JsModule("./components/cc-article-text.js")
class ArticleText extends Component {

    /** The selected claims, and the one chosen among them. */
    record Selection(List<String> ids, String focus) {
    }

    private final List<TextSpan> paragraphs;
    private final List<ClaimMark> marks;
    private Selection selection = new Selection(List.of(), "");

    private final com.crosscheck.corpus.ArticleId article;
    private final String text;

    ArticleText(Article article, List<ClaimMark> marks) {
        this.article = article.id();
        this.text = article.body();
        this.paragraphs = BodyParagraphs.of(article.body());
        this.marks = List.copyOf(marks);
        addClassName("article-body");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", "Text of " + article.title());
        getElement().setProperty("text", article.body());
        getElement().setPropertyList("paragraphs", paragraphs.stream().map(p -> List.of(p.start(), p.end())).toList());
        getElement().setPropertyList("claims", this.marks);
    }

    /** Marks these claims (those of this article among them) as selected; {@code focus} most strongly. */
    void select(Collection<String> claimIds, String focus) {
        List<String> here = marks.stream().map(ClaimMark::id).filter(claimIds::contains).toList();
        selection = new Selection(here, here.contains(focus) ? focus : "");
        getElement().setPropertyBean("selection", selection);
    }

    List<TextSpan> paragraphs() {
        return paragraphs;
    }

    List<ClaimMark> marks() {
        return marks;
    }

    Selection selection() {
        return selection;
    }

    /** Text the analyst selected in the body, by body offsets. */
    record TextSelection(com.crosscheck.corpus.ArticleId article, TextSpan span, String text) {
    }

    /** Calls {@code listener} with the selected text, or with null when the selection is gone. */
    Registration addTextSelectedListener(Consumer<@org.jspecify.annotations.Nullable TextSelection> listener) {
        DomListenerRegistration registration = getElement().addEventListener("text-selected", e -> {
            var data = e.getEventData();
            int start = (int) data.path("event.detail.start").asDouble(-1);
            int end = (int) data.path("event.detail.end").asDouble(-1);
            listener.accept(start < 0 || end <= start || end > text.length() ? null
                    : new TextSelection(article, new TextSpan(start, end), text.substring(start, end)));
        });
        registration.addEventData("event.detail.start");
        registration.addEventData("event.detail.end");
        return registration;
    }

    /** Calls {@code listener} with the claim's id when a claim is clicked, or Enter pressed on it. */
    Registration addClaimChosenListener(Consumer<String> listener) {
        String claimId = "event.detail.claimId";
        DomListenerRegistration registration = getElement().addEventListener("claim-chosen",
                e -> listener.accept(e.getEventData().path(claimId).asString("")));
        registration.addEventData(claimId);
        return registration;
    }
}
