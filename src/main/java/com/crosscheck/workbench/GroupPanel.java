package com.crosscheck.workbench;

import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.base.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The side panel: the selected group's label, verdict, explanation, values by outlet, timeline and the
 * evidence that put its claims together; an unmatched claim's details; or, with nothing selected, a summary
 * of the comparison and how to start.
 */
class GroupPanel extends Aside {

    private final Comparison comparison;
    private final Consumer<ShownClaim> onClaimChosen;
    private final AnalystDesk desk;
    private @Nullable ClaimReviewForm reviewForm;
    private @Nullable GroupReviewForm groupForm;

    GroupPanel(Comparison comparison, Consumer<ShownClaim> onClaimChosen, AnalystDesk desk) {
        this.comparison = comparison;
        this.onClaimChosen = onClaimChosen;
        this.desk = desk;
        addClassName("group-panel");
        getElement().setAttribute("aria-live", "polite");
        showSummary();
    }

    void showSummary() {
        removeAll();
        long conflicts = comparison.conflictCount();
        long agree = comparison.groups().stream().filter(g -> g.verdict().label().equals("agree")).count();
        long evolving = comparison.groups().stream().filter(g -> g.verdict().label().equals("evolving")).count();
        long unmatched = comparison.claims().stream()
                .filter(c -> c.isOwnText() && comparison.groupOf(c.id()).isEmpty()).count();
        var counts = new UnorderedList(
                count(new VerdictBadge("conflict"), conflicts, "conflicting figures"),
                count(new VerdictBadge("evolving"), evolving, "figures that changed over time"),
                count(new VerdictBadge("agree"), agree, "figures that agree"),
                count(new VerdictBadge("unmatched"), unmatched, "claims found in one article only"));
        counts.addClassName("summary-counts");
        add(kicker(ClaimTexts.plural(comparison.groups().size(), "claim group")), new H3("Where the sources stand"), counts,
                new Paragraph("Click a highlighted figure to see the same quantity in the other articles. "
                        + "Press N for the next conflict, J for the next group, ? for all keys."));
    }

    void showGroup(ShownGroup group, ShownClaim focus) {
        removeAll();
        var header = new Div(kicker("Group " + group.number() + " of " + comparison.groups().size()),
                new VerdictBadge(group.verdict().label()), new KindTag(group.group().kind().label()));
        header.addClassName("panel-header");
        var label = new H3(group.group().label());
        label.addClassName("group-label");
        var explanation = new Paragraph(group.group().explanation());
        explanation.addClassName("group-explanation");
        add(header, label, explanation, values(group, focus));
        if (TimelineChart.canShow(group)) {
            var chart = new TimelineChart();
            List<ShownClaim> skipped = chart.show(group);
            add(chart);
            if (!skipped.isEmpty()) {
                var note = new Paragraph("Not drawn: " + skipped.stream()
                        .map(m -> ClaimTexts.asWritten(m.claim()) + " (" + m.outlet() + (m.article().published() == null
                                ? ", undated)" : ", another unit)"))
                        .collect(Collectors.joining("; ")) + ".");
                note.addClassName("chart-note");
                add(note);
            }
        }
        if (!group.group().evidence().isEmpty()) {
            var evidence = new UnorderedList();
            group.group().evidence().forEach(line -> evidence.add(new ListItem(line)));
            evidence.addClassName("group-evidence");
            add(new Details("Why these claims are grouped", evidence));
        }
        addReview(focus);
        groupForm = new GroupReviewForm(group, desk.canAnnotate(), saved -> save(() ->
                desk.reviewGroup(group, saved.note(), saved.verdict(), focus), groupForm));
        add(groupForm);
        if (group.review() != null) {
            add(new HistoryList(desk.historyOf(group.review())));
        }
        if (desk.canAnnotate()) {
            add(new RegroupActions(comparison, focus, group, desk));
        }
    }

    /** The focused claim's review form and history. */
    private void addReview(ShownClaim claim) {
        var review = comparison.analysts().reviewOf(claim.id());
        var title = new Paragraph("Selected: " + ClaimTexts.asWritten(claim.claim()) + " \u2014 " + claim.outlet()
                + (claim.stored().isAnalystClaim() ? " (added by " + claim.stored().author() + ")" : ""));
        title.addClassName("review-target");
        reviewForm = new ClaimReviewForm(claim.claim(), review, desk.canAnnotate(), saved -> save(() ->
                desk.review(claim, saved.change(), saved.version()), reviewForm));
        add(title, reviewForm, new HistoryList(desk.historyOf(claim)));
        if (claim.stored().isAnalystClaim() && desk.canAnnotate()) {
            var remove = new Button("Remove this hand-made claim", e -> save(() -> desk.removeClaim(claim), reviewForm));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("remove-claim");
            add(remove);
        }
    }

    /** Runs a save; a refusal (concurrent edit, bad value, role) is shown on the form, which keeps its input. */
    private static void save(Runnable action, @Nullable Component form) {
        try {
            action.run();
        } catch (DomainException | IllegalArgumentException | AccessDeniedException e) {
            if (form instanceof ClaimReviewForm f) {
                f.showError(e.getMessage());
            } else if (form instanceof GroupReviewForm f) {
                f.showError(e.getMessage());
            }
        }
    }

    void showUnmatched(ShownClaim claim) {
        removeAll();
        var header = new Div(kicker("Claim"), new VerdictBadge("unmatched"), new KindTag(claim.claim().kind().label()));
        header.addClassName("panel-header");
        String why = claim.isOwnText()
                ? "No claim in the other articles was found to measure the same quantity."
                : "This figure is in " + ClaimTexts.sectionName(claim.claim())
                        + ", not the article's own text, so it is not matched.";
        var details = new Div();
        details.addClassName("claim-details");
        ClaimTexts.details(claim.claim()).lines().skip(1).forEach(line -> details.add(new Div(line)));
        add(header, new H3(ClaimTexts.asWritten(claim.claim())), new Paragraph(why), details);
        addReview(claim);
        if (desk.canAnnotate() && claim.isOwnText()) {
            add(new RegroupActions(comparison, claim, null, desk));
        }
    }

    @Nullable ClaimReviewForm reviewForm() {
        return reviewForm;
    }

    @Nullable GroupReviewForm groupForm() {
        return groupForm;
    }

    private Component values(ShownGroup group, ShownClaim focus) {
        var list = new UnorderedList();
        list.addClassName("group-values");
        for (ShownClaim member : group.members()) {
            var outlet = new Span(member.outlet());
            outlet.addClassName("value-outlet");
            String cited = member.claim().source() == null ? "" : " \u00b7 citing " + member.claim().source();
            var date = new Span(DisplayDates.format(member.article().published()) + cited);
            date.addClassName("value-date");
            var value = new Span(ClaimTexts.asWritten(member.claim()));
            value.addClassName("value-text");
            var item = new ListItem(outlet, date, value);
            if (desk.canAnnotate() && !member.id().equals(focus.id())) {
                var apart = new Button(VaadinIcon.UNLINK.create(), e -> save(() -> desk.keepApart(focus, member), null));
                apart.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
                apart.setAriaLabel("Not the same quantity as the selected claim");
                apart.setTooltipText("Not the same quantity as the selected claim");
                apart.addClassName("keep-apart");
                apart.getElement().addEventListener("click", e -> { }).stopPropagation();
                item.add(apart);
            }
            item.getElement().setAttribute("data-claim-id", member.id());
            item.getElement().setAttribute("tabindex", "0");
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("title", "Show in the text");
            item.addClickListener(e -> onClaimChosen.accept(member));
            item.getElement().addEventListener("keydown", e -> onClaimChosen.accept(member)).setFilter("event.key === 'Enter'");
            list.add(item);
        }
        return list;
    }

    private static Span kicker(String text) {
        var kicker = new Span(text);
        kicker.addClassName("panel-kicker");
        return kicker;
    }


    private static ListItem count(VerdictBadge badge, long count, String what) {
        var number = new Span(Long.toString(count));
        number.addClassName("summary-number");
        return new ListItem(badge, number, new Span(what));
    }
}
