package com.crosscheck.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Consumer;

/**
 * Buttons that change which claims are grouped: move the selected claim to another group, split the group,
 * merge it with another. Each opens a small dialog that shows a refusal's reason; a decision holds for
 * matching from now on.
 */
class RegroupActions extends Div {

    RegroupActions(Comparison comparison, ShownClaim claim, @Nullable ShownGroup group, AnalystDesk desk) {
        addClassName("regroup-actions");
        add(new H4(group == null ? "Match by hand" : "Regroup"));
        List<ShownGroup> others = comparison.groups().stream().filter(g -> g != group).toList();
        if (!others.isEmpty()) {
            add(button(group == null ? "Put in a group\u2026" : "Move claim to\u2026", () -> chooseGroup(
                    "Move \u201c" + claim.claim().text() + "\u201d (" + claim.outlet() + ") to", others, "Move",
                    target -> desk.move(claim, group, target))));
        }
        if (group != null && group.members().size() > 2) {
            add(button("Split group\u2026", () -> split(group, desk)));
        }
        if (group != null && !others.isEmpty()) {
            add(button("Merge with\u2026", () -> chooseGroup("Merge group " + group.number() + " with", others, "Merge",
                    target -> desk.merge(group, target))));
        }
    }

    private static Button button(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void chooseGroup(String title, List<ShownGroup> candidates, String verb, Consumer<ShownGroup> action) {
        var select = new Select<ShownGroup>();
        select.setLabel("Group");
        select.setItems(candidates);
        select.setItemLabelGenerator(g -> g.number() + ". " + g.group().label() + " (" + g.group().kind().label() + ")");
        select.setWidthFull();
        open(title, select, verb, () -> {
            if (select.getValue() == null) {
                throw new IllegalArgumentException("Choose a group first.");
            }
            action.accept(select.getValue());
        });
    }

    private void split(ShownGroup group, AnalystDesk desk) {
        var members = new CheckboxGroup<ShownClaim>();
        members.setLabel("Claims to split off into a group of their own");
        members.setItems(group.members());
        members.setItemLabelGenerator(m -> ClaimTexts.asWritten(m.claim()) + " \u2014 " + m.outlet());
        open("Split group " + group.number(), members, "Split", () -> {
            if (members.getValue().isEmpty() || members.getValue().size() == group.members().size()) {
                throw new IllegalArgumentException("Tick some but not all of the claims.");
            }
            desk.split(group, group.members().stream().filter(members.getValue()::contains).toList());
        });
    }

    private void open(String title, com.vaadin.flow.component.Component field, String verb, Runnable action) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.addClassName("regroup-dialog");
        var error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        var hint = new Paragraph("Matching keeps to this decision from now on; each claim's history records it.");
        hint.addClassName("dialog-hint");
        dialog.add(field, hint, error);
        var confirm = new Button(verb, e -> {
            try {
                action.run();
                dialog.close();
            } catch (RuntimeException ex) {
                // refused (a rule, a concurrent change, the role): say why and leave the choice as it is
                error.setText(ex.getMessage());
                error.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
