package com.crosscheck.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The Compare view's keys and reading aids, opened with "?" or the help button. */
final class ShortcutsDialog extends Dialog {

    static final String[][] KEYS = {
            {"N", "next conflict"},
            {"P", "previous conflict"},
            {"J", "next claim group"},
            {"K", "previous claim group"},
            {"Enter", "select the focused claim"},
            {"Esc", "clear the selection"},
            {"A", "add the selected text as a claim (analysts)"},
            {"?", "this help"},
    };

    ShortcutsDialog() {
        setHeaderTitle("Keyboard and reading aids");
        addClassName("shortcuts-dialog");
        var keys = new Div();
        keys.addClassName("shortcut-list");
        for (String[] key : KEYS) {
            var kbd = new Span(key[0]);
            kbd.addClassName("kbd");
            keys.add(kbd, new Span(key[1]));
        }
        add(keys,
                new Paragraph("Figures are highlighted in their kind's colour. The underline and the sign after a "
                        + "figure give its group's verdict: wavy \u2260 conflict, dashed \u2197 evolving (a count that "
                        + "grew between publication dates), solid = agree, dotted \u00b7 unmatched."),
                new Paragraph("Greyed figures are in embedded posts, captions or related-story blocks: "
                        + "they are not the article's own statements and are never matched."));
        getFooter().add(new Button("Close", e -> close()));
    }
}
