package com.crosscheck.workbench;

import com.crosscheck.base.ui.DisplayDates;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A group's values by publication date, one series per outlet, with bounds drawn: Apache ECharts wrapped in a
 * small web component ({@code frontend/components/cc-timeline.js}).
 */
@Tag("cc-timeline")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/cc-timeline.js")
class TimelineChart extends Component {

    /**
     * One claim on the chart. {@code highOpen}: the value may be higher ("more than 1,000"); {@code lowOpen}:
     * it may be lower ("up to 50").
     */
    record Point(String outlet, String date, String dateLabel, double value, @Nullable Double low,
            @Nullable Double high, boolean lowOpen, boolean highOpen, String text) {
    }

    record Data(String unit, List<Point> points) {
    }

    TimelineChart() {
        addClassName("timeline-chart");
        getElement().setAttribute("role", "img");
    }

    /**
     * Shows the dated claims of a group that are in its most common unit, and returns the others: undated ones
     * have no place on a time axis, and a count beside ordinals ("his previous four" beside "his fifth") would
     * read as a falling figure.
     */
    List<ShownClaim> show(ShownGroup group) {
        Map<String, Long> units = group.members().stream()
                .collect(Collectors.groupingBy(m -> m.claim().quantity().unit(), Collectors.counting()));
        String unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        var drawn = new ArrayList<ShownClaim>();
        var skipped = new ArrayList<ShownClaim>();
        for (ShownClaim member : group.members()) {
            boolean fits = member.article().published() != null && member.claim().quantity().unit().equals(unit);
            (fits ? drawn : skipped).add(member);
        }
        List<Point> points = drawn.stream().map(TimelineChart::point).toList();
        getElement().setPropertyBean("data", new Data(unit.equals("ordinal") ? "" : unit, points));
        getElement().setAttribute("aria-label", "Values of \u201c" + group.group().label() + "\u201d by publication date: "
                + String.join("; ", points.stream().map(p -> p.outlet() + " " + p.dateLabel() + " " + p.text()).toList()));
        return skipped;
    }

    /** Whether a group's values can be drawn on a number line (dates cannot). */
    static boolean canShow(ShownGroup group) {
        return group.group().kind() != ClaimKind.DATE
                && group.members().stream().anyMatch(m -> m.article().published() != null);
    }

    private static Point point(ShownClaim member) {
        Quantity q = member.claim().quantity();
        boolean noUpperBound = q.low() != null && q.high() == null;
        boolean noLowerBound = q.high() != null && q.low() == null;
        return new Point(member.outlet(), member.article().published().toString(),
                DisplayDates.format(member.article().published()), q.value(), q.low(), q.high(),
                noLowerBound, noUpperBound, ClaimTexts.asWritten(member.claim()));
    }
}
