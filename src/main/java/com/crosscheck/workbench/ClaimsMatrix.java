package com.crosscheck.workbench;

import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.corpus.Article;
import com.crosscheck.matching.Verdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The whole comparison as a table: one row per claim group (label, kind, verdict), one column per article
 * (outlet, date), each cell the figures as written. Filter by kind and verdict, sort by any group column;
 * clicking an article's cell shows that claim in the text.
 */
class ClaimsMatrix extends Div {

    static final String ALL_KINDS = "All kinds";
    static final String ALL_VERDICTS = "All verdicts";

    private final Comparison comparison;
    private final Grid<ShownGroup> grid = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final Select<String> verdict = new Select<>();
    private final Map<Grid.Column<ShownGroup>, Article> articleOfColumn = new HashMap<>();

    ClaimsMatrix(Comparison comparison, Consumer<ShownClaim> onClaimChosen) {
        this.comparison = comparison;
        addClassName("claims-matrix");
        kind.setLabel("Kind");
        kind.setItems(concat(ALL_KINDS, comparison.groups().stream().map(g -> g.group().kind().label()).distinct().sorted().toList()));
        kind.setValue(ALL_KINDS);
        verdict.setLabel("Verdict");
        verdict.setItems(concat(ALL_VERDICTS, List.of("conflict", "evolving", "agree")));
        verdict.setValue(ALL_VERDICTS);
        kind.addValueChangeListener(e -> filter());
        verdict.addValueChangeListener(e -> filter());
        var filters = new HorizontalLayout(kind, verdict);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("matrix-filters");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ShownGroup::number).setHeader("#").setWidth("4em").setFlexGrow(0).setSortable(true)
                .setKey("number");
        grid.addColumn(g -> g.group().label()).setHeader("Group").setFlexGrow(3).setSortable(true).setKey("label")
                .setComparator(Comparator.comparing((ShownGroup g) -> g.group().label(), String.CASE_INSENSITIVE_ORDER));
        grid.addComponentColumn(g -> new KindTag(g.group().kind().label())).setHeader("Kind").setWidth("8em")
                .setFlexGrow(0).setKey("kind").setComparator(Comparator.comparing((ShownGroup g) -> g.group().kind().label()));
        grid.addComponentColumn(g -> new VerdictBadge(g.verdict().label())).setHeader("Verdict").setAutoWidth(true)
                .setFlexGrow(0).setKey("verdict").setComparator(Comparator.comparing(ShownGroup::verdict));
        for (Article article : comparison.articles()) {
            var column = grid.addComponentColumn(g -> cell(g, article)).setHeader(articleHeader(article)).setFlexGrow(2)
                    .setKey("article-" + article.id());
            articleOfColumn.put(column, article);
        }
        grid.addItemClickListener(e -> {
            Article article = articleOfColumn.get(e.getColumn());
            e.getItem().members().stream()
                    .filter(m -> article == null || m.article().id().equals(article.id()))
                    .findFirst().ifPresent(onClaimChosen);
        });
        grid.setItems(comparison.groups());
        grid.setEmptyStateText("No claim groups match these filters.");
        add(filters, grid);
    }

    /** The groups the filters let through, in the grid's current order. */
    List<ShownGroup> shownGroups() {
        return grid.getListDataView().getItems().toList();
    }

    Grid<ShownGroup> grid() {
        return grid;
    }

    Select<String> kindFilter() {
        return kind;
    }

    Select<String> verdictFilter() {
        return verdict;
    }

    private void filter() {
        grid.getListDataView().setFilter(g ->
                (ALL_KINDS.equals(kind.getValue()) || g.group().kind().label().equals(kind.getValue()))
                && (ALL_VERDICTS.equals(verdict.getValue()) || g.verdict().label().equals(verdict.getValue())));
    }

    /** The group's figures in one article, as written; marked when the group is a conflict. */
    static String cellText(ShownGroup group, Article article) {
        return group.members().stream()
                .filter(m -> m.article().id().equals(article.id()))
                .map(m -> ClaimTexts.asWritten(m.claim()))
                .collect(Collectors.joining("; "));
    }

    private static Component cell(ShownGroup group, Article article) {
        String text = cellText(group, article);
        var cell = new Span(text.isEmpty() ? "\u2014" : text);
        cell.addClassName(text.isEmpty() ? "matrix-empty" : "matrix-value");
        if (!text.isEmpty() && group.verdict() == Verdict.CONFLICT) {
            cell.getElement().setAttribute("data-verdict", "conflict");
            cell.getElement().setAttribute("title", "Part of a conflict: " + group.group().explanation());
        }
        return cell;
    }

    private static Component articleHeader(Article article) {
        var outlet = new Span(article.outlet() == null ? article.title() : article.outlet());
        outlet.addClassName("matrix-outlet");
        var date = new Span(DisplayDates.format(article.published()));
        date.addClassName("matrix-date");
        var header = new Div(outlet, date);
        header.addClassName("matrix-article-header");
        return header;
    }


    static List<String> concat(String first, List<String> rest) {
        var all = new java.util.ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
