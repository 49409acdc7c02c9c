package com.crosscheck.corpus.ui;

import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The start screen: every article in the corpus, filterable, with 2 to 4 of them chosen for comparison. For
 * analysts, Import leads to {@link ImportView}; {@code ?article=<id>} opens with that article selected.
 */
@Route("")
@PermitAll
@PageTitle("Articles \u00b7 Crosscheck")
@Menu(order = 0, title = "Articles")
class ArticlesView extends VerticalLayout implements BeforeEnterObserver {

    static final int MIN_COMPARED = 2;
    static final int MAX_COMPARED = 4;

    private final CorpusService corpus;
    final TextField search = new TextField();
    final MultiSelectComboBox<String> outlets = new MultiSelectComboBox<>();
    final Grid<ArticleSummary> grid = new Grid<>();
    final Button compare = new Button("Compare", VaadinIcon.SPLIT_H.create());
    final Span selectionHint = new Span();
    final Button importArticles = new Button("Import", VaadinIcon.UPLOAD.create());
    private final Span count = new Span();

    ArticlesView(CorpusService corpus) {
        this.corpus = corpus;
        addClassName("articles-view");
        setSizeFull();

        var heading = new H1("Articles");
        count.addClassName("muted");
        var title = new HorizontalLayout(heading, count);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);

        search.setPlaceholder("Search titles and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search titles and text");
        search.setWidth("22rem");
        search.addValueChangeListener(e -> refresh());

        outlets.setPlaceholder("All outlets");
        outlets.setAriaLabel("Outlets");
        outlets.setItems(corpus.outlets());
        outlets.setWidth("18rem");
        outlets.addValueChangeListener(e -> refresh());

        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.addClickListener(e -> openComparison());
        selectionHint.addClassName("muted");
        var spacer = new Div();
        importArticles.setId("import-articles");
        importArticles.setVisible(mayImport());
        importArticles.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        var toolbar = new HorizontalLayout(search, outlets, spacer, selectionHint, importArticles, compare);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setFlexGrow(1, spacer);

        configureGrid();
        add(title, toolbar, grid);
        setFlexGrow(1, grid);
        refresh();
        updateSelection();
    }

    /** Analysts and admins (whose authorities include the analyst's) may import; viewers only read. */
    private static boolean mayImport() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ANALYST".equals(a.getAuthority()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        importArticles.setVisible(mayImport()); // here too: a view is reused when its route is entered again
        event.getLocation().getQueryParameters().getSingleParameter("article").ifPresent(text -> {
            try {
                ArticleId id = ArticleId.parse(text);
                grid.getListDataView().getItems().filter(a -> a.id().equals(id)).findFirst().ifPresent(article -> {
                    grid.select(article);
                    grid.scrollToItem(article);
                });
            } catch (IllegalArgumentException e) {
                // a bad id in a link selects nothing
            }
        });
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(4).setSortable(true)
                .setComparator(ArticleSummary::title).setTooltipGenerator(ArticleSummary::title);
        grid.addColumn(a -> a.outlet() == null ? "\u2014" : a.outlet()).setHeader("Outlet").setFlexGrow(2)
                .setSortable(true).setComparator(a -> a.outlet() == null ? "" : a.outlet());
        grid.addColumn(a -> DisplayDates.format(a.published())).setHeader("Published").setFlexGrow(1)
                .setSortable(true).setComparator(Comparator.comparing(ArticleSummary::published,
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        grid.addColumn(ArticleSummary::wordCount).setHeader("Words").setFlexGrow(0).setWidth("7rem")
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(ArticleSummary::wordCount);
        grid.setEmptyStateText("No article matches the search.");
        grid.asMultiSelect().addValueChangeListener(e -> updateSelection());
    }

    private void refresh() {
        List<ArticleSummary> rows = corpus.findSummaries(new ArticleFilter(search.getValue(), outlets.getValue()));
        grid.setItems(rows);
        long total = corpus.count();
        count.setText(rows.size() == total ? total + " articles" : rows.size() + " of " + total + " articles");
    }

    private void updateSelection() {
        int selected = grid.getSelectedItems().size();
        compare.setEnabled(selected >= MIN_COMPARED && selected <= MAX_COMPARED);
        compare.setText(selected >= MIN_COMPARED && selected <= MAX_COMPARED ? "Compare " + selected : "Compare");
        if (selected < MIN_COMPARED) {
            selectionHint.setText("Select 2 to 4 articles to compare them side by side");
        } else if (selected > MAX_COMPARED) {
            selectionHint.setText(selected + " selected: Compare takes at most 4");
        } else {
            selectionHint.setText(selected + " selected");
        }
    }

    private void openComparison() {
        String ids = grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(ArticleSummary::published,
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .map(ArticleSummary::id)
                .map(ArticleId::toString)
                .collect(Collectors.joining(","));
        getUI().ifPresent(ui -> ui.navigate("compare/" + ids));
    }
}
