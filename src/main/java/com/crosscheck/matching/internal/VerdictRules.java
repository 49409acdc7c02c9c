package com.crosscheck.matching.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.matching.ComparedClaim;
import com.crosscheck.matching.Verdict;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The verdict of a group and its explanation. Values that all overlap agree. Otherwise a cumulative figure
 * (deaths, injuries, displaced, trip numbers) that never falls from one publication date to a later one is
 * evolving; a toll may rise within a day, but its latest reports must agree, and a trip's rank may not differ
 * on one day nor be given to trips weeks apart. Ages may grow by the years between reports. Anything else is a
 * conflict.
 */
final class VerdictRules {

    /** Days apart beyond which two reports of one rank are about two different trips. */
    private static final int ONE_TRIP_DAYS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A verdict with the sentence that explains it. */
    record Outcome(Verdict verdict, String explanation) {
    }

    private record Entry(ClaimFeatures features, ValueRange range) {
        ComparedClaim compared() {
            return features.compared();
        }
    }

    private VerdictRules() {
    }

    static Outcome judge(List<ClaimFeatures> members) {
        ClaimKind kind = members.getFirst().kind();
        List<Entry> entries = members.stream()
                .map(f -> new Entry(f, f.range()))
                .sorted(Comparator.comparing((Entry e) -> e.compared().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .toList();
        if (kind == ClaimKind.TRIP && rankReused(entries)) {
            return new Outcome(Verdict.CONFLICT, values(entries, " \u2192 ")
                    + ": one rank given to trips weeks apart, a break in the sequence");
        }
        if (allOverlap(entries)) {
            if (kind.isCumulative() && kind != ClaimKind.TRIP && risesOverDates(entries)) {
                return new Outcome(Verdict.EVOLVING, values(entries, " \u2192 ")
                        + ": the figure reported rises with the dates (an earlier report gave a lower bound)");
            }
            return new Outcome(Verdict.AGREE, values(entries, ", ") + ": compatible values");
        }
        List<Entry> dated = entries.stream().filter(e -> e.compared().published() != null).toList();
        if (members.getFirst().dimension().equals(MeasureDimension.AGE)) {
            return ages(entries, dated);
        }
        if (!kind.isCumulative() || dated.size() < 2) {
            return new Outcome(Verdict.CONFLICT, values(entries, " vs ") + ": incompatible values"
                    + (kind.isCumulative() ? " and too few dates to order them" : " for the same quantity"));
        }
        LocalDate latest = dated.getLast().compared().published();
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                Entry earlier = dated.get(i);
                Entry later = dated.get(j);
                LocalDate day = earlier.compared().published();
                boolean sameDay = day.equals(later.compared().published());
                // a toll may rise within a day; its latest state, and any rank in a sequence, may not disagree
                if (sameDay && !earlier.range().overlaps(later.range()) && (kind == ClaimKind.TRIP || day.equals(latest))) {
                    return new Outcome(Verdict.CONFLICT, values(entries, " vs ") + ": different figures on the same date");
                }
                if (!sameDay && earlier.range().low() > later.range().high()) {
                    return new Outcome(Verdict.CONFLICT, values(entries, " \u2192 ")
                            + ": the later figure is lower, which a growing count cannot be");
                }
            }
        }
        // an undated report must fit somewhere in the dated sequence
        double lowest = dated.stream().mapToDouble(e -> e.range().low()).min().orElseThrow();
        double highest = dated.stream().mapToDouble(e -> e.range().high()).max().orElseThrow();
        var span = new ValueRange(lowest, highest);
        if (entries.stream().anyMatch(e -> e.compared().published() == null && !e.range().overlaps(span))) {
            return new Outcome(Verdict.CONFLICT, values(entries, " vs ") + ": an undated figure fits none of the dated ones");
        }
        return new Outcome(Verdict.EVOLVING, values(entries, " \u2192 ") + ": consistent with the dates");
    }

    /**
     * Whether a later report states a higher figure than any earlier one ("at least 120" on Monday, "214" on
     * Tuesday), and none a lower one: compatible values, but a toll that grew. A figure some earlier report
     * already stated ("dozens" on Monday, "70" on Tuesday) is no rise.
     */
    private static boolean risesOverDates(List<Entry> entries) {
        boolean rises = false;
        for (Entry later : entries) {
            LocalDate to = later.compared().published();
            double[] after = ValueRules.stated(later.features());
            boolean aboveAll = false;
            for (Entry earlier : entries) {
                LocalDate from = earlier.compared().published();
                if (to == null || from == null || !to.isAfter(from)) {
                    continue;
                }
                double[] before = ValueRules.stated(earlier.features());
                if (after[1] < before[0]) {
                    return false;
                }
                if (after[0] <= before[1]) {
                    aboveAll = false;
                    break;
                }
                aboveAll = true;
            }
            rises |= aboveAll;
        }
        return rises;
    }

    /** Whether two reports give one rank to trips weeks apart: one outlet's 10th is another's 9th. */
    private static boolean rankReused(List<Entry> entries) {
        for (Entry a : entries) {
            for (Entry b : entries) {
                if (a.compared().published() != null && b.compared().published() != null && a.range().overlaps(b.range())
                        && ChronoUnit.DAYS.between(a.compared().published(), b.compared().published()) > ONE_TRIP_DAYS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ages grow with the years between reports: 38 in April 2007 and 39 in April 2008 is one person. */
    private static Outcome ages(List<Entry> entries, List<Entry> dated) {
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                double grown = dated.get(j).features().compared().claim().quantity().value()
                        - dated.get(i).features().compared().claim().quantity().value();
                double years = ChronoUnit.DAYS.between(dated.get(i).compared().published(), dated.get(j).compared().published()) / 365.25;
                if (grown < 0 || Math.abs(grown - years) > 1) {
                    return new Outcome(Verdict.CONFLICT, values(entries, " vs ") + ": ages that the dates between them do not explain");
                }
            }
        }
        boolean undatedFit = entries.stream().filter(e -> e.compared().published() == null)
                .allMatch(e -> dated.stream().anyMatch(d -> Math.abs(d.features().compared().claim().quantity().value()
                        - e.features().compared().claim().quantity().value()) <= 1));
        return dated.size() < 2 || !undatedFit
                ? new Outcome(Verdict.CONFLICT, values(entries, " vs ") + ": different ages for one person")
                : new Outcome(Verdict.EVOLVING, values(entries, " \u2192 ") + ": the age grows with the dates");
    }

    private static boolean allOverlap(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                if (!entries.get(i).range().overlaps(entries.get(j).range())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The outlet and date of a claim, and whom the outlet cites for it: "Newsmax, 22 Oct 2024", "CNN, undated",
     * "Gamma Post citing provincial governor, 11 Feb 2025".
     */
    static String source(ComparedClaim c) {
        String cited = c.claim().source() == null ? "" : " citing " + c.claim().source();
        return c.outlet() + cited + ", " + (c.published() == null ? "undated" : DAY.format(c.published()));
    }

    /** "5th (World Today News, 8 Feb 2024) → 11th (Newsmax, 22 Oct 2024)". */
    private static String values(List<Entry> entries, String separator) {
        var written = new ArrayList<String>();
        for (Entry e : entries) {
            Claim c = e.compared().claim();
            String value = (c.qualifier() == null || c.qualifier().equals("range") || c.qualifier().equals("vague")
                    ? "" : c.qualifier() + " ") + (e.features().previous() ? "previous " : "") + c.text();
            written.add(value + " (" + source(e.compared()) + ")");
        }
        return written.stream().filter(Objects::nonNull).collect(Collectors.joining(separator));
    }
}
