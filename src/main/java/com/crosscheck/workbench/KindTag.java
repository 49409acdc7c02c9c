package com.crosscheck.workbench;

import com.vaadin.flow.component.html.Span;

/** A claim kind as a small tag in the kind's highlight colour, as in the text and the legend. */
final class KindTag extends Span {

    KindTag(String kind) {
        super(kind);
        addClassName("kind-tag");
        getElement().setAttribute("data-kind", kind);
    }
}
