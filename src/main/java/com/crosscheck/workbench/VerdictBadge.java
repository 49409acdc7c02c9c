package com.crosscheck.workbench;

import com.vaadin.flow.component.html.Span;

/**
 * A verdict as a labelled badge. The sign and the word carry the meaning, the colour only repeats it, so the
 * badge reads the same for colour-blind analysts and in the dark theme.
 */
final class VerdictBadge extends Span {

    VerdictBadge(String verdict) {
        super(sign(verdict) + " " + verdict);
        addClassName("verdict-badge");
        getElement().setAttribute("data-verdict", verdict);
    }

    /** The sign drawn after claims with this verdict too (see styles.css). */
    static String sign(String verdict) {
        return switch (verdict) {
            case "conflict" -> "\u2260";
            case "agree" -> "=";
            case "evolving" -> "\u2197";
            default -> "\u00b7";
        };
    }
}
