package com.crosscheck.matching.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.matching.ComparedClaim;
import com.crosscheck.matching.Verdict;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The verdict of a group and its explanation. Values that all overlap agree. Otherwise a cumulative figure
 * (deaths, injuries, displaced, trip numbers) that never falls from one publication date to a later one is
 * evolving; anything else, including different values on the same date, is a conflict.
 */
final class VerdictRules {

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
        if (allOverlap(entries)) {
            return new Outcome(Verdict.AGREE, values(entries, ", ") + ": compatible values");
        }
        List<Entry> dated = entries.stream().filter(e -> e.compared().published() != null).toList();
        if (!kind.isCumulative() || dated.size() < 2) {
            return new Outcome(Verdict.CONFLICT, values(entries, " vs ") + ": incompatible values"
                    + (kind.isCumulative() ? " and too few dates to order them" : " for the same quantity"));
        }
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                Entry earlier = dated.get(i);
                Entry later = dated.get(j);
                boolean sameDay = earlier.compared().published().equals(later.compared().published());
                if (sameDay && !earlier.range().overlaps(later.range())) {
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

    /** The outlet and date of a claim: "Newsmax, 22 Oct 2024", "CNN, undated". */
    static String source(ComparedClaim c) {
        return c.outlet() + ", " + (c.published() == null ? "undated" : DAY.format(c.published()));
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
