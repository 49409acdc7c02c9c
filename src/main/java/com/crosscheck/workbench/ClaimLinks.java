package com.crosscheck.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import org.jspecify.annotations.Nullable;

/**
 * The connectors between the selected group's claims in neighbouring columns, and the hover card of every
 * claim: a small web component ({@code frontend/components/cc-claim-links.js}) placed inside the columns.
 */
@Tag("cc-claim-links")
@JsModule("./components/cc-claim-links.js")
class ClaimLinks extends Component {

    /** Scrolls each column to its selected claim ({@code claimId} first, where given) and redraws the links. */
    void focusSelected(@Nullable String claimId) {
        getElement().callJsFunction("focusSelected", claimId == null ? "" : claimId);
    }
}
