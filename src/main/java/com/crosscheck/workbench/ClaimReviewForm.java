package com.crosscheck.workbench;

import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.ReviewChange;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A claim's review: status, note, and corrections of value, bounds, kind or subject shown beside what was
 * extracted. Fires {@link Saved} with the version it started from; a refused save keeps what was typed and
 * shows why ({@link #showError}).
 */
class ClaimReviewForm extends Div {

    /** What to save, and the review version the analyst started from (null: there was none). */
    record Saved(ReviewChange change, @Nullable Long version) {
    }

    final Select<ReviewStatus> status = new Select<>();
    final TextArea note = new TextArea("Note");
    final Select<ClaimKind> kind = new Select<>();
    final TextField value = new TextField("Value");
    final TextField low = new TextField("Lower bound");
    final TextField high = new TextField("Upper bound");
    final TextField subject = new TextField("Subject");
    final Button save = new Button("Save review");
    private final Paragraph error = new Paragraph();
    private final @Nullable ClaimReview review;

    ClaimReviewForm(Claim original, @Nullable ClaimReview review, boolean editable, Consumer<Saved> onSave) {
        this.review = review;
        addClassName("review-form");
        status.setLabel("Review");
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(ReviewStatus::label);
        status.setValue(review == null ? ReviewStatus.UNREVIEWED : review.status());
        note.setMaxLength(4000);
        note.setPlaceholder("What you found, and where");
        note.setValue(review == null || review.note() == null ? "" : review.note());
        note.setWidthFull();

        ClaimCorrection fix = review == null ? ClaimCorrection.none() : review.correction();
        kind.setLabel("Kind");
        kind.setItems(Arrays.stream(ClaimKind.values()).filter(k -> k != ClaimKind.DATE).toList());
        kind.setItemLabelGenerator(ClaimKind::label);
        kind.setValue(fix.kind() == null ? original.kind() : fix.kind());
        setUp(value, fix.value(), original.quantity().value());
        setUp(low, fix.low(), original.quantity().low());
        setUp(high, fix.high(), original.quantity().high());
        subject.setValue(fix.subject() == null ? "" : fix.subject());
        subject.setPlaceholder(original.subject());
        subject.setWidthFull();
        var extracted = new Paragraph("As extracted: " + ClaimTexts.asWritten(original) + " \u00b7 " + original.kind().label()
                + " \u00b7 \u201c" + original.subject() + "\u201d");
        extracted.addClassName("review-original");
        var bounds = new Div(value, low, high);
        bounds.addClassName("review-bounds");
        var correction = new Details(fix.isEmpty() ? "Correct the figure" : "Correction (the original stays beside it)",
                new Div(extracted, kind, bounds, subject));
        correction.setOpened(!fix.isEmpty());
        correction.addClassName("review-correction");

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            ReviewChange change = read(original);
            if (change != null) {
                onSave.accept(new Saved(change, review == null ? null : review.version()));
            }
        });
        add(new H4("Your review"), status, note, correction, error);
        if (editable) {
            add(save);
        } else {
            var readOnly = new Paragraph("Your role can read reviews but not change them.");
            readOnly.addClassName("read-only-hint");
            add(readOnly);
            for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {status, note, kind, value, low, high, subject}) {
                field.setReadOnly(true);
            }
        }
        if (review != null && review.hasContent()) {
            var meta = new Paragraph("Last saved by " + review.updatedBy() + ", " + HistoryList.when(review.updatedAt()));
            meta.addClassName("review-meta");
            add(meta);
        }
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static void setUp(TextField field, @Nullable Double corrected, @Nullable Double extracted) {
        field.setValue(corrected == null ? "" : plain(corrected));
        field.setPlaceholder(extracted == null ? "none" : plain(extracted));
        field.setHelperText(extracted == null ? "extracted: none" : "extracted: " + plain(extracted));
        field.addClassName("review-number");
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The change as typed, or null after marking each field that does not read as a number. */
    private @Nullable ReviewChange read(Claim original) {
        Double v = number(value);
        Double lo = number(low);
        Double hi = number(high);
        if (value.isInvalid() || low.isInvalid() || high.isInvalid()) {
            showError("Fix the fields marked in red; nothing was saved.");
            return null;
        }
        String typedSubject = subject.getValue().isBlank() ? null : subject.getValue();
        var fix = new ClaimCorrection(kind.getValue() == original.kind() ? null : kind.getValue(), v, lo, hi, typedSubject);
        return new ReviewChange(status.getValue() == null ? ReviewStatus.UNREVIEWED : status.getValue(), note.getValue(), fix);
    }

    private static @Nullable Double number(TextField field) {
        String typed = field.getValue().strip().replace(",", "");
        field.setInvalid(false);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(typed);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        field.setErrorMessage("\u201c" + field.getValue() + "\u201d is not a number; write digits such as 1200 or 3.5.");
        field.setInvalid(true);
        return null;
    }

    @Nullable ClaimReview review() {
        return review;
    }
}
