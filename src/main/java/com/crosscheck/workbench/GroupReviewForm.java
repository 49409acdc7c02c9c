package com.crosscheck.workbench;

import com.crosscheck.matching.Verdict;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/** A group's note and verdict override; the automatic verdict stays named beside the choice. */
class GroupReviewForm extends Div {

    /** What to save: the note and the analyst's verdict, null to keep the automatic one. */
    record Saved(@Nullable String note, @Nullable Verdict verdict) {
    }

    final TextArea note = new TextArea("Group note");
    final Select<Optional<Verdict>> verdict = new Select<>();
    final Button save = new Button("Save group note");
    private final Paragraph error = new Paragraph();

    GroupReviewForm(ShownGroup group, boolean editable, Consumer<Saved> onSave) {
        addClassName("group-review-form");
        var review = group.review();
        note.setValue(review == null || review.note() == null ? "" : review.note());
        note.setMaxLength(4000);
        note.setPlaceholder("Why the sources differ, what to check next");
        note.setWidthFull();
        verdict.setLabel("Verdict");
        verdict.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<Verdict>empty()),
                Arrays.stream(Verdict.values()).map(Optional::of)).toList());
        verdict.setItemLabelGenerator(v -> v.map(x -> "Analyst: " + x.label())
                .orElse("Automatic (" + group.automaticVerdict().label() + ")"));
        verdict.setValue(Optional.ofNullable(review == null ? null : review.verdict()));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H4("Group review"), verdict, note, error);
        if (group.isOverridden()) {
            var overridden = new Paragraph("Matching found: " + group.automaticVerdict().label()
                    + "; an analyst set " + group.verdict().label() + ".");
            overridden.addClassName("override-hint");
            add(overridden);
        }
        if (editable) {
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            save.addClickListener(e -> onSave.accept(new Saved(note.getValue(), verdict.getValue() == null ? null
                    : verdict.getValue().orElse(null))));
            add(save);
        } else {
            note.setReadOnly(true);
            verdict.setReadOnly(true);
        }
        if (review != null) {
            var meta = new Paragraph("Last saved by " + review.updatedBy() + ", " + HistoryList.when(review.updatedAt()));
            meta.addClassName("review-meta");
            add(meta);
        }
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
