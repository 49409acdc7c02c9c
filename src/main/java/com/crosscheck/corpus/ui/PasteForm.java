package com.crosscheck.corpus.ui;

import com.crosscheck.corpus.PastedArticle;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import java.time.LocalDate;
import java.util.Map;

/**
 * Pasted text with its metadata. Checks the fields with {@link PastedArticle#problems} and marks each bad one
 * with its message; fires {@link ImportEvent} only for a complete article.
 */
class PasteForm extends FormLayout {

    /** Fired with a valid article when Import is pressed. */
    static class ImportEvent extends ComponentEvent<PasteForm> {
        private final PastedArticle article;

        ImportEvent(PasteForm source, PastedArticle article) {
            super(source, false);
            this.article = article;
        }

        PastedArticle article() {
            return article;
        }
    }

    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField url = new TextField("URL");
    final DatePicker published = new DatePicker("Published");
    final TextArea body = new TextArea("Text");
    final Button save = new Button("Import text");

    PasteForm() {
        title.setRequiredIndicatorVisible(true);
        body.setRequiredIndicatorVisible(true);
        body.setMinHeight("14rem");
        url.setPlaceholder("https://");
        published.setMax(LocalDate.now());
        save.setId("import-text-button");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        add(title, outlet, url, published, body, save);
        setColspan(title, 2);
        setColspan(body, 2);
    }

    Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    void submit() {
        var article = new PastedArticle(title.getValue(), outlet.getValue(), url.getValue(), published.getValue(),
                body.getValue());
        Map<String, String> problems = article.problems(LocalDate.now());
        mark(title, problems.get(PastedArticle.TITLE));
        mark(outlet, problems.get(PastedArticle.OUTLET));
        mark(url, problems.get(PastedArticle.URL));
        mark(published, problems.get(PastedArticle.PUBLISHED));
        mark(body, problems.get(PastedArticle.BODY));
        if (problems.isEmpty()) {
            fireEvent(new ImportEvent(this, article));
        }
    }

    void clear() {
        title.clear();
        outlet.clear();
        url.clear();
        published.clear();
        body.clear();
        // clearing a required field marks it invalid; an empty form after an import is not an error
        for (HasValidation field : new HasValidation[] {title, outlet, url, published, body}) {
            field.setInvalid(false);
        }
    }

    private static void mark(HasValidation field, @org.jspecify.annotations.Nullable String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
    }
}
