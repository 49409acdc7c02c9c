package com.crosscheck.workbench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/**
 * What the highlights mean: the kinds found in this comparison, each in its colour, and the verdict signs and
 * underlines (solid: agree, dashed: evolving, wavy: conflict, dotted: unmatched).
 */
final class Legend extends Div {

    Legend(List<String> kinds) {
        addClassName("claim-legend");
        getElement().setAttribute("aria-label", "Legend");
        var kindList = new Div();
        kindList.addClassName("legend-kinds");
        kinds.forEach(k -> kindList.add(new KindTag(k)));
        var verdicts = new Div();
        verdicts.addClassName("legend-verdicts");
        for (String verdict : List.of("conflict", "evolving", "agree", "unmatched")) {
            var sample = new Span(verdict);
            sample.addClassName("claim");
            sample.addClassName("legend-sample");
            sample.getElement().setAttribute("data-verdict", verdict);
            verdicts.add(sample);
        }
        var title = new Span("Legend");
        title.addClassName("panel-kicker");
        add(title, kindList, verdicts);
    }
}
