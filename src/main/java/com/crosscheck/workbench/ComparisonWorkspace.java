package com.crosscheck.workbench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.tabs.Tabs;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One comparison at work: a toolbar (text or matrix, legend, group and conflict navigation, help), the
 * article columns or the claims matrix, and the panel of the selected group. Selecting a claim selects its
 * group: its claims get {@code data-selected}, every column scrolls to its member and the links are redrawn.
 */
class ComparisonWorkspace extends Div {

    private final Comparison comparison;
    private final ComparisonAddress address;
    private final ColumnOrder order;
    private final GroupNavigator navigator;
    private final List<ArticleText> texts = new ArrayList<>();
    private final ClaimLinks links = new ClaimLinks();
    private final Div columns = new Div();
    private final GroupPanel panel;
    private final Tab textTab = new Tab("Side by side");
    private final Tab matrixTab = new Tab("Claims matrix");
    private final Tabs tabs = new Tabs(textTab, matrixTab);
    private @Nullable ClaimsMatrix matrix;
    private @Nullable ShownGroup selectedGroup;
    private @Nullable ShownClaim selectedClaim;

    private final AnalystDesk desk;
    private @Nullable Div toolbar;
    private final Button addClaim = new Button("Add claim", VaadinIcon.PLUS.create());
    private ArticleText.@Nullable TextSelection textSelection;

    ComparisonWorkspace(Comparison comparison, ComparisonAddress address, ColumnOrder order, AnalystDesk desk) {
        this.comparison = comparison;
        this.desk = desk;
        this.address = address;
        this.order = order;
        this.navigator = new GroupNavigator(comparison.groups());
        this.panel = new GroupPanel(comparison, claim -> selectClaim(claim, true), desk);
        var legend = new Legend(comparison.claims().stream().map(c -> c.claim().kind().label()).distinct().sorted().toList());
        addClassName("comparison-workspace");

        columns.addClassName("compare-columns");
        columns.getElement().setAttribute("data-columns", Integer.toString(comparison.articles().size()));
        for (var article : comparison.articles()) {
            var column = new ArticleColumn(article, comparison);
            column.text().addClaimChosenListener(id -> comparison.claim(id).ifPresent(c -> selectClaim(c, false)));
            column.text().addTextSelectedListener(this::textSelected);
            texts.add(column.text());
            columns.add(column);
        }
        columns.add(links);

        var main = new Div(columns);
        main.addClassName("workspace-main");
        tabs.addSelectedChangeListener(e -> showTab(main));
        var side = new Div(panel, legend);
        side.addClassName("workspace-side");
        var body = new Div(main, side);
        body.addClassName("workspace-body");
        add(toolbar(), body);
        shortcuts();
    }

    private Div toolbar() {
        tabs.addClassName("workspace-tabs");
        var conflicts = new Span(ClaimTexts.plural(comparison.conflictCount(), "conflict") + " \u00b7 "
                + ClaimTexts.plural(comparison.groups().size(), "group"));
        conflicts.addClassName("workspace-counts");
        var conflictNav = stepper("conflict", "P", "N", this::previousConflict, this::nextConflict);
        var groupNav = stepper("group", "K", "J", this::previousGroup, this::nextGroup);
        var help = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(), e -> new ShortcutsDialog().open());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        help.setAriaLabel("Keyboard and reading aids (?)");
        help.setTooltipText("Keyboard and reading aids (?)");
        addClaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClaim.addClassName("add-claim");
        addClaim.setEnabled(false);
        addClaim.setVisible(desk.canAnnotate());
        addClaim.setTooltipText("Select a figure in an article's text, then add it as a claim (A)");
        addClaim.addClickListener(e -> openOwnClaimDialog());
        var toolbar = new Div(tabs, conflictNav, groupNav, orderSelect(), conflicts, addClaim, help);
        toolbar.addClassName("workspace-toolbar");
        this.toolbar = toolbar;
        return toolbar;
    }

    /** Adds a control to the end of the toolbar (the view's Export menu). */
    void addToToolbar(com.vaadin.flow.component.Component control) {
        if (toolbar != null) {
            toolbar.add(control);
        }
    }

    /** "‹ conflict ›": previous and next, with the keys in their tooltips. */
    private static Div stepper(String what, String previousKey, String nextKey, Runnable previous, Runnable next) {
        var back = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> previous.run());
        back.setAriaLabel("Previous " + what + " (" + previousKey + ")");
        back.setTooltipText("Previous " + what + " (" + previousKey + ")");
        var forward = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> next.run());
        forward.setAriaLabel("Next " + what + " (" + nextKey + ")");
        forward.setTooltipText("Next " + what + " (" + nextKey + ")");
        for (Button button : List.of(back, forward)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        }
        var label = new Span(what);
        label.addClassName("stepper-label");
        var stepper = new Div(back, label, forward);
        stepper.addClassName("stepper");
        stepper.getElement().setAttribute("data-step", what);
        return stepper;
    }

    /** Reorders the columns by reopening the comparison with {@code ?order=}, so the order is in the address too. */
    private Select<ColumnOrder> orderSelect() {
        var select = new Select<ColumnOrder>();
        select.setItems(ColumnOrder.values());
        select.setItemLabelGenerator(ColumnOrder::label);
        select.setValue(order);
        select.setAriaLabel("Column order");
        select.setTooltipText("Column order");
        select.addThemeVariants(SelectVariant.LUMO_SMALL);
        select.addClassName("order-select");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var query = new LinkedHashMap<String, String>();
                query.put("order", e.getValue().parameter());
                if (selectedClaim != null) {
                    query.put("claim", selectedClaim.id());
                }
                getUI().ifPresent(ui -> ui.navigate(address.path(), QueryParameters.simple(query)));
            }
        });
        return select;
    }

    /**
     * The reading keys. One keydown listener with a filter rather than Vaadin shortcuts, because single-letter
     * shortcuts would also fire (and eat the letter) while an analyst types a note or a value in the panel:
     * keys typed into a field, a select or a dialog never count, nor do keys held with Ctrl, Alt or Meta. The
     * listener sits on the page's body while the workspace is shown, so keys count wherever the focus is (the
     * theme toggle in the top bar, say), and goes when the workspace goes.
     */
    private void shortcuts() {
        Map<String, Runnable> actions = Map.of("n", this::nextConflict, "p", this::previousConflict, "j", this::nextGroup,
                "k", this::previousGroup, "a", this::openOwnClaimDialog, "Escape", this::clearSelection,
                "?", () -> new ShortcutsDialog().open());
        String keys = actions.keySet().stream().map(k -> "'" + k + "'").collect(Collectors.joining(","));
        String filter = "[" + keys + "].includes(event.key) && !event.ctrlKey && !event.altKey"
                + " && !event.metaKey && !(event.target.closest && event.target.closest("
                + "'input, textarea, select, [contenteditable], vaadin-text-field, vaadin-text-area, vaadin-select,"
                + " vaadin-combo-box, vaadin-checkbox-group, vaadin-dialog'))";
        addAttachListener(attach -> {
            DomListenerRegistration keysListener = attach.getUI().getElement().addEventListener("keydown", e -> {
                Runnable action = actions.get(e.getEventData().path("event.key").asString(""));
                if (action != null) {
                    action.run();
                }
            }).addEventData("event.key").setFilter(filter);
            addDetachListener(detach -> {
                keysListener.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Hides rather than removes the other tab, so the columns keep their scroll positions. */
    private void showTab(Div main) {
        boolean showMatrix = tabs.getSelectedTab() == matrixTab;
        if (showMatrix && matrix == null) {
            matrix = new ClaimsMatrix(comparison, claim -> selectClaim(claim, true));
            main.add(matrix);
        }
        columns.setVisible(!showMatrix);
        if (matrix != null) {
            matrix.setVisible(showMatrix);
        }
        if (!showMatrix && selectedClaim != null) {
            links.focusSelected(selectedClaim.id());
        }
    }

    void nextGroup() {
        go(navigator.next(selectedGroup));
    }

    void previousGroup() {
        go(navigator.previous(selectedGroup));
    }

    void nextConflict() {
        go(navigator.nextConflict(selectedGroup));
    }

    void previousConflict() {
        go(navigator.previousConflict(selectedGroup));
    }

    private void go(Optional<ShownGroup> group) {
        group.ifPresent(g -> selectClaim(g.members().getFirst(), true));
    }

    /** Selects the claim with this id and its group, as a link with {@code ?claim=} does. */
    void selectClaim(String claimId) {
        comparison.claim(claimId).ifPresent(c -> selectClaim(c, true));
    }

    /** Selects a claim and its group; {@code reveal} switches to the text when the matrix is showing. */
    void selectClaim(ShownClaim claim, boolean reveal) {
        if (reveal && tabs.getSelectedTab() != textTab) {
            tabs.setSelectedTab(textTab);
        }
        selectedClaim = claim;
        selectedGroup = comparison.groupOf(claim.id()).orElse(null);
        List<String> members = (selectedGroup == null ? List.of(claim) : selectedGroup.members()).stream()
                .map(ShownClaim::id).toList();
        texts.forEach(t -> t.select(members, claim.id()));
        if (selectedGroup == null) {
            panel.showUnmatched(claim);
        } else {
            panel.showGroup(selectedGroup, claim);
        }
        links.focusSelected(claim.id());
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, address.path() + "?" + orderQuery() + "claim=" + claim.id()));
    }

    /** Text selected in a column (null: the selection is gone) enables "Add claim". */
    void textSelected(ArticleText.@Nullable TextSelection selection) {
        textSelection = selection;
        addClaim.setEnabled(selection != null && desk.canAnnotate());
        addClaim.setText(selection == null ? "Add claim" : "Add claim \u201c" + ClaimTexts.shortened(selection.text(), 24) + "\u201d");
    }

    /** The form for a claim from the selected text; nothing happens without a selection or the analyst role. */
    void openOwnClaimDialog() {
        if (textSelection == null || !desk.canAnnotate()) {
            return;
        }
        var selection = textSelection;
        String outlet = comparison.articles().stream().filter(a -> a.id().equals(selection.article()))
                .map(a -> a.outlet() == null ? a.title() : a.outlet()).findFirst().orElse("");
        new OwnClaimDialog(selection, outlet, desk::addClaim).open();
    }

    void clearSelection() {
        texts.forEach(t -> t.select(List.of(), ""));
        selectedGroup = null;
        selectedClaim = null;
        panel.showSummary();
        links.focusSelected(null);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address.path()
                + (order == ColumnOrder.OLDEST_FIRST ? "" : "?order=" + order.parameter())));
    }

    private String orderQuery() {
        return order == ColumnOrder.OLDEST_FIRST ? "" : "order=" + order.parameter() + "&";
    }

    @Nullable ShownGroup selectedGroup() {
        return selectedGroup;
    }

    /** The ids of the claims marked {@code data-selected}, column by column. */
    List<String> selectedClaimIds() {
        return texts.stream().flatMap(t -> t.selection().ids().stream()).toList();
    }

    List<ArticleText> texts() {
        return texts;
    }

    Comparison comparison() {
        return comparison;
    }

    GroupPanel panel() {
        return panel;
    }

    @Nullable ClaimsMatrix matrix() {
        return matrix;
    }

    void showMatrix() {
        tabs.setSelectedTab(matrixTab);
    }
}
