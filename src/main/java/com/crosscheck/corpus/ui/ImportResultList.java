package com.crosscheck.corpus.ui;

import com.crosscheck.corpus.ImportResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Locale;

/**
 * One row per imported file: an icon and colour by outcome (never colour alone: the icon and the words differ
 * too), the message, and for a stored article a link to it in the Articles list. Rows carry
 * {@code data-outcome} ({@code imported}, {@code duplicate}, {@code failed} or {@code pending}) for tests.
 */
class ImportResultList extends Div {

    ImportResultList() {
        setId("import-results");
        addClassName("import-results");
        getElement().setAttribute("role", "list");
    }

    /** A row for a file that is waiting or being read; replaced by its results later. */
    Div pending(String name) {
        var row = row("pending", VaadinIcon.HOURGLASS.create(), name + ": waiting to be imported\u2026");
        add(row);
        return row;
    }

    /** Replaces {@code pending} (or appends, when it is null) with the row of {@code result}. */
    void show(@org.jspecify.annotations.Nullable Div pending, ImportResult result) {
        var row = row(result.outcome().name().toLowerCase(Locale.ROOT), icon(result.outcome()).create(), result.message());
        if (result.articleId() != null) {
            // the Articles list selects it, ready to be compared with others
            var link = new Anchor("./?article=" + result.articleId(), "Show in Articles");
            link.addClassName("import-result-link");
            row.add(link);
        }
        int index = pending == null ? -1 : indexOf(pending);
        if (index >= 0) {
            addComponentAtIndex(index, row);
        } else {
            add(row);
        }
    }

    void done(Div pending) {
        remove(pending);
    }

    long count(String outcome) {
        return getChildren().filter(c -> outcome.equals(c.getElement().getAttribute("data-outcome"))).count();
    }

    private static Div row(String outcome, Component icon, String message) {
        var row = new Div(icon, new Span(message));
        row.addClassNames("import-result", "import-result-" + outcome);
        row.getElement().setAttribute("data-outcome", outcome);
        row.getElement().setAttribute("role", "listitem");
        return row;
    }

    private static VaadinIcon icon(ImportResult.Outcome outcome) {
        return switch (outcome) {
            case IMPORTED -> VaadinIcon.CHECK_CIRCLE;
            case DUPLICATE -> VaadinIcon.COPY_O;
            case FAILED -> VaadinIcon.CLOSE_CIRCLE;
        };
    }
}
