package com.crosscheck.workbench;

import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimQualifier;
import com.crosscheck.claims.InvalidClaimException;
import com.crosscheck.corpus.ArticleId;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form for a claim the analyst marked in the text: kind, value, unit, qualifier and subject, checked by the
 * claims service; each refusal is shown on its field and nothing is saved until all are fixed.
 */
class OwnClaimDialog extends Dialog {

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    final Select<ClaimKind> kind = new Select<>();
    final TextField value = new TextField("Value");
    final TextField unit = new TextField("Unit");
    final Select<ClaimQualifier> qualifier = new Select<>();
    final TextField subject = new TextField("Subject");
    final Button add = new Button("Add claim");
    private final Paragraph selectionError = new Paragraph();

    OwnClaimDialog(ArticleText.TextSelection selection, String outlet, BiConsumer<ArticleId, ClaimDraft> save) {
        setHeaderTitle("Add a claim");
        addClassName("own-claim-dialog");
        var quoted = new Paragraph("\u201c" + selection.text() + "\u201d \u2014 " + outlet);
        quoted.addClassName("own-claim-quote");
        kind.setLabel("Kind");
        kind.setItems(Arrays.stream(ClaimKind.values()).filter(k -> k != ClaimKind.DATE).toList());
        kind.setItemLabelGenerator(ClaimKind::label);
        kind.setPlaceholder("What it counts");
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null && unit.getValue().isBlank()) {
                unit.setValue(defaultUnit(e.getValue(), selection.text()));
            }
        });
        Matcher digits = DIGITS.matcher(selection.text());
        value.setValue(digits.find() ? digits.group() : "");
        value.setHelperText("1200, 3.5, or a range 30-40");
        unit.setHelperText("day, USD, %, ordinal; empty for people and things");
        qualifier.setLabel("Qualifier");
        qualifier.setItems(ClaimQualifier.values());
        qualifier.setItemLabelGenerator(ClaimQualifier::label);
        qualifier.setValue(ClaimQualifier.EXACTLY);
        subject.setPlaceholder("people killed in the strike");
        selectionError.addClassName("form-error");
        selectionError.setVisible(false);
        var form = new FormLayout(kind, value, qualifier, unit, subject);
        form.setColspan(subject, 2);
        add(quoted, selectionError, form);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> submit(selection, save));
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    private void submit(ArticleText.TextSelection selection, BiConsumer<ArticleId, ClaimDraft> save) {
        for (HasValidation field : new HasValidation[] {kind, value, unit, subject}) {
            field.setInvalid(false);
        }
        selectionError.setVisible(false);
        try {
            save.accept(selection.article(), new ClaimDraft(selection.span(), kind.getValue(), value.getValue(),
                    unit.getValue(), qualifier.getValue() == null ? ClaimQualifier.EXACTLY : qualifier.getValue(),
                    subject.getValue()));
            close();
        } catch (InvalidClaimException ex) {
            show(ex.problems());
        }
    }

    private void show(Map<String, String> problems) {
        problems.forEach((field, message) -> {
            HasValidation target = switch (field) {
                case "kind" -> kind;
                case "value" -> value;
                case "unit" -> unit;
                case "subject" -> subject;
                default -> null;
            };
            if (target == null) {
                selectionError.setText(message);
                selectionError.setVisible(true);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
    }

    /** The unit the kind usually has: "ordinal" for "11th", "%" for percentages, "day" for durations. */
    static String defaultUnit(ClaimKind kind, String selected) {
        return switch (kind) {
            case PERCENT -> "%";
            case MONEY -> "USD";
            case DURATION -> "day";
            case TRIP -> selected.matches("(?is).*\\d\\s*(st|nd|rd|th)\\b.*|.*\\b(first|second|third|\\w+th)\\b.*") ? "ordinal" : "";
            default -> "";
        };
    }
}
