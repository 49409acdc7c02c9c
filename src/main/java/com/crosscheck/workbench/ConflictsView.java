package com.crosscheck.workbench;

import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.annotation.GroupReviewService;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.export.ExportService;
import com.crosscheck.matching.MatchingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every conflict in the corpus: groups of claims, across all stored articles, whose sources disagree. Each row
 * opens Compare on the articles involved (the four earliest, when there are more) with that group selected.
 */
@Route("conflicts")
@PermitAll
@Menu(order = 2, title = "Conflicts")
@PageTitle("Conflicts \u00b7 Crosscheck")
class ConflictsView extends Div {

    static final String ALL_KINDS = "All kinds";

    private final Grid<ShownGroup> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> kind = new Select<>();

    ConflictsView(CorpusService corpus, ClaimService claims, MatchingService matching, GroupReviewService groupReviews,
            ExportService exports) {
        addClassName("conflicts-view");
        List<ArticleId> ids = corpus.findSummaries(ArticleFilter.ALL).stream().map(ArticleSummary::id).toList();
        List<Article> articles = corpus.findArticles(ids);
        var groups = matching.groupsFor(ids);
        // an analyst's verdict counts here too: a group they judged consistent is no longer listed as a conflict
        var analysts = new AnalystLayer(java.util.Map.of(), groupReviews.reviewsOf(groups), List.of());
        var comparison = new Comparison(articles, claims.claimsOf(ids), groups, ColumnOrder.OLDEST_FIRST, analysts);
        List<ShownGroup> conflicts = comparison.groups().stream()
                .filter(g -> g.isConflict() && articleIds(g).size() >= ComparisonAddress.MIN_ARTICLES).toList();

        var heading = new H1("Conflicts");
        var export = new ExportMenu(exports, List.of(), "the whole corpus");
        export.button().setText("Export corpus");
        var intro = new Paragraph(ClaimTexts.plural(conflicts.size(), "group")
                + " of claims across the " + articles.size() + " articles report incompatible figures for the same quantity. "
                + "Open one to read the sources side by side.");
        intro.addClassName("muted");

        search.setPlaceholder("Label, outlet or value");
        search.setLabel("Find");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel("Kind");
        kind.setItems(ClaimsMatrix.concat(ALL_KINDS,
                conflicts.stream().map(g -> g.group().kind().label()).distinct().sorted().toList()));
        kind.setValue(ALL_KINDS);
        search.addValueChangeListener(e -> filter());
        kind.addValueChangeListener(e -> filter());
        var filters = new HorizontalLayout(search, kind, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(g -> g.group().label()).setHeader("Group").setFlexGrow(2).setSortable(true)
                .setComparator((a, b) -> a.group().label().compareToIgnoreCase(b.group().label()));
        grid.addComponentColumn(g -> new KindTag(g.group().kind().label())).setHeader("Kind").setWidth("8em")
                .setFlexGrow(0).setComparator(g -> g.group().kind().label());
        grid.addColumn(ConflictsView::outlets).setHeader("Outlets").setFlexGrow(1);
        grid.addColumn(g -> g.group().explanation()).setHeader("Values").setFlexGrow(3);
        grid.addColumn(ConflictsView::dates).setHeader("Dates").setAutoWidth(true).setFlexGrow(0)
                .setComparator(g -> Objects.requireNonNullElse(g.members().getFirst().article().published(), LocalDate.MAX));
        grid.addComponentColumn(this::openButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(conflicts);
        grid.setEmptyStateText(conflicts.isEmpty() ? "No conflicts: the sources agree, or report figures that grew "
                + "over time." : "No conflict matches these filters.");
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        add(heading, intro, filters, grid);
    }

    /** The conflicts the filters let through. */
    List<ShownGroup> shownGroups() {
        return grid.getListDataView().getItems().toList();
    }

    TextField search() {
        return search;
    }

    Select<String> kindFilter() {
        return kind;
    }

    private void filter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(g ->
                (ALL_KINDS.equals(kind.getValue()) || g.group().kind().label().equals(kind.getValue()))
                && (text.isEmpty() || (g.group().label() + " " + outlets(g) + " " + g.group().explanation())
                        .toLowerCase(Locale.ROOT).contains(text)));
    }

    private Component openButton(ShownGroup group) {
        var open = new Button("Compare", VaadinIcon.ARROW_RIGHT.create(), e -> open(group));
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel("Compare the articles of \u201c" + group.group().label() + "\u201d");
        return open;
    }

    /** Compare on the group's articles, earliest four at most. */
    static String compareAddress(ShownGroup group) {
        return new ComparisonAddress(articleIds(group).stream().limit(ComparisonAddress.MAX_ARTICLES).toList()).path();
    }

    private static List<ArticleId> articleIds(ShownGroup group) {
        return group.members().stream().map(m -> m.article().id()).distinct().toList();
    }

    private void open(ShownGroup group) {
        getUI().ifPresent(ui -> ui.navigate(compareAddress(group),
                QueryParameters.of("claim", group.members().getFirst().id())));
    }

    private static String outlets(ShownGroup group) {
        return group.members().stream().map(ShownClaim::outlet).distinct().collect(Collectors.joining(", "));
    }

    private static String dates(ShownGroup group) {
        List<LocalDate> dates = group.members().stream().map(m -> m.article().published()).filter(Objects::nonNull)
                .sorted().distinct().toList();
        if (dates.isEmpty()) {
            return "undated";
        }
        return dates.size() == 1 ? DisplayDates.format(dates.getFirst())
                : DisplayDates.format(dates.getFirst()) + " \u2013 " + DisplayDates.format(dates.getLast());
    }
}
