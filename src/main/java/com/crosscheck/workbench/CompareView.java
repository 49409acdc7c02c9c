package com.crosscheck.workbench;

import com.crosscheck.annotation.AnnotationService;
import com.crosscheck.annotation.GroupReviewService;
import com.crosscheck.annotation.RegroupingService;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.export.ExportService;
import com.crosscheck.matching.MatchingService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Articles side by side, at {@code /compare/<id>,<id>[,<id>...]}: 2 to 4 columns, oldest first, so that
 * reading left to right follows the story in time, with every claim highlighted and its group one click away.
 * {@code ?claim=<id>} opens with that claim's group selected; {@code ?order=newest|chosen} orders the columns
 * newest first or as the address lists them. A bad address gets a message, never a stack trace.
 */
@Route("compare")
@PermitAll
@Menu(order = 1, title = "Compare")
class CompareView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final CorpusService corpus;
    private final ClaimService claims;
    private final MatchingService matching;
    private final AnalystDesk desk;
    private final ExportService exports;
    private String title = "Compare \u00b7 Crosscheck";
    private @Nullable ComparisonWorkspace workspace;

    CompareView(CorpusService corpus, ClaimService claims, MatchingService matching, AnnotationService annotations,
            GroupReviewService groupReviews, RegroupingService regrouping, ExportService exports) {
        this.exports = exports;
        this.corpus = corpus;
        this.claims = claims;
        this.matching = matching;
        this.desk = new AnalystDesk(annotations, groupReviews, regrouping, claims);
        addClassName("compare-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        removeAll();
        workspace = null;
        title = "Compare \u00b7 Crosscheck";
        if (parameter == null || parameter.isBlank()) {
            showMessage("Nothing to compare yet",
                    "Choose 2 to 4 articles on the Articles page and press Compare.");
            return;
        }
        ComparisonAddress address;
        try {
            address = ComparisonAddress.parse(parameter);
        } catch (IllegalArgumentException e) {
            showMessage("This comparison cannot be shown",
                    e.getMessage() + " A comparison address looks like /compare/3,7.");
            return;
        }
        List<Article> articles = corpus.findArticles(address.ids());
        if (articles.size() < address.ids().size()) {
            showMessage("This comparison cannot be shown", missingMessage(address.ids(), articles));
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        ColumnOrder order = parameters.getSingleParameter("order").flatMap(ColumnOrder::ofParameter)
                .orElse(ColumnOrder.OLDEST_FIRST);
        List<Article> chosen = address.ids().stream()
                .map(id -> articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()).toList();
        desk.onReload(claimId -> show(chosen, address, order, claimId));
        Comparison comparison = show(chosen, address, order, parameters.getSingleParameter("claim").orElse(null));
        title = "Compare: " + comparison.articles().stream()
                .map(a -> a.outlet() == null ? a.title() : a.outlet())
                .collect(Collectors.joining(", ")) + " \u00b7 Crosscheck";
    }

    /** Builds the comparison and its workspace, with a claim's group selected when {@code claimId} is one of its claims. */
    private Comparison show(List<Article> chosen, ComparisonAddress address, ColumnOrder order, @Nullable String claimId) {
        removeAll();
        var stored = claims.claimsOf(address.ids());
        var groups = matching.groupsFor(address.ids());
        var comparison = new Comparison(chosen, stored, groups, order, desk.layerFor(stored, groups, address.ids()));
        workspace = new ComparisonWorkspace(comparison, address, order, desk);
        workspace.addToToolbar(new ExportMenu(exports, address.ids(), "this comparison"));
        add(workspace);
        if (claimId != null) {
            workspace.selectClaim(claimId);
        }
        return comparison;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The comparison on screen, or null when the address could not be shown. */
    @Nullable ComparisonWorkspace workspace() {
        return workspace;
    }

    private static String missingMessage(List<ArticleId> requested, List<Article> found) {
        List<String> missing = requested.stream()
                .filter(id -> found.stream().noneMatch(a -> a.id().equals(id)))
                .map(ArticleId::toString)
                .toList();
        return (missing.size() == 1 ? "There is no article " + missing.getFirst()
                : "There are no articles " + String.join(", ", missing))
                + " in the corpus. It may have been deleted, or the address mistyped.";
    }

    private void showMessage(String heading, String text) {
        var message = new Div(new H2(heading), new Paragraph(text), new Anchor("", "Go to Articles"));
        message.addClassName("compare-message");
        message.getElement().setAttribute("role", "status");
        add(message);
    }
}
