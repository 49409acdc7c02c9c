package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parts that should add up to a stated total: figures named together in one sentence ("killing 12 soldiers
 * and 3 civilians", "shot to death one person and injured two others", "170,000 in the province and tens of
 * thousands more in countries around the ocean") against a group that states the whole ("15 killed", "shot
 * three people", "230,000"). Parts of one kind add up to a total of that kind; the killed and the injured add
 * up to the people hit. The parts must be of the total's event (the rules for events, places and proposals
 * hold) and speak of it (the same article, or sentences sharing telling words), and the total must be at least
 * its largest part.
 */
final class SumCheck {

    private static final Set<String> PEOPLE = Set.of("people", "person", "victim", "casualty");
    /** How alike a part's sentence and a total's must be when they are in different articles. */
    private static final double RELATED = 0.15;
    /** Part sets reported at most per group. */
    private static final int REPORTED = 2;

    private final Map<ClaimKind, List<PartSet>> parts;
    private final SentenceWords words;

    SumCheck(List<ClaimFeatures> claims, SentenceWords words) {
        // by kind, in order of their sum, so that a total looks only at the part sets its size allows
        this.parts = PartSet.find(claims).stream().sorted(Comparator.comparingDouble(PartSet::statedSum))
                .collect(Collectors.groupingBy(PartSet::totalKind));
        this.words = words;
    }

    /**
     * What the parts named elsewhere say of a group's total, or null when no part set belongs with it:
     * "parts: one killed + two injured = 3 (CNN, undated), which adds up to the total".
     */
    @Nullable String check(List<ClaimFeatures> group) {
        Map<String, List<PartSet>> alike = new LinkedHashMap<>();
        List<PartSet> ofKind = parts.getOrDefault(group.getFirst().kind(), List.of());
        double largestTotal = group.stream().mapToDouble(m -> m.compared().claim().quantity().value()).max().orElse(0);
        ofKind.subList(firstWithSumAtLeast(ofKind, largestTotal / 3), ofKind.size()).stream()
                .takeWhile(p -> p.statedSum() <= 2 * largestTotal)
                .filter(p -> isTotalOf(group, p))
                .sorted(Comparator.comparingDouble((PartSet p) -> -relatedness(group, p)))
                .forEach(p -> alike.computeIfAbsent(p.written(), k -> new ArrayList<>()).add(p));
        return alike.isEmpty() ? null : alike.values().stream().limit(REPORTED).map(same -> verdict(group, same))
                .collect(Collectors.joining("; "));
    }

    private static int firstWithSumAtLeast(List<PartSet> sorted, double sum) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).statedSum() < sum) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean isTotalOf(List<ClaimFeatures> group, PartSet p) {
        ClaimFeatures total = group.getFirst();
        double smallestTotal = group.stream().mapToDouble(m -> m.compared().claim().quantity().value()).min().orElse(0);
        double largestTotal = group.stream().mapToDouble(m -> m.compared().claim().quantity().value()).max().orElse(0);
        // a total is at least its largest part and within a few times the parts' sum
        if (total.kind() != p.totalKind() || smallestTotal < p.largest() || p.statedSum() > 2 * largestTotal
                || largestTotal > 3 * p.statedSum()) {
            return false;
        }
        if (p.claims().stream().anyMatch(c -> group.stream().anyMatch(m -> m == c))) {
            return false;
        }
        boolean mixed = p.claims().stream().map(ClaimFeatures::kind).distinct().count() > 1;
        if (mixed && group.stream().noneMatch(m -> m.headWords().stream().anyMatch(PEOPLE::contains))) {
            return false;
        }
        if (total.kind() == ClaimKind.COUNT && !mixed && !PairRules.mainHead(total).equals(PairRules.mainHead(p.first()))) {
            return false;
        }
        return relatedness(group, p) > 0;
    }

    /** How strongly a part set speaks of a group's event: 0 when no member is of its event. */
    private double relatedness(List<ClaimFeatures> group, PartSet p) {
        double best = 0;
        for (ClaimFeatures member : group) {
            if (p.claims().stream().allMatch(part -> PairRules.sameEvent(part, member))) {
                double similarity = member.compared().article().equals(p.first().compared().article()) ? 1
                        : words.similarity(member.words(), p.first().words());
                if (similarity >= RELATED) {
                    best = Math.max(best, similarity);
                }
            }
        }
        return best;
    }

    /** The parts (as named by one or more outlets) against the group's values. */
    private static String verdict(List<ClaimFeatures> group, List<PartSet> same) {
        PartSet p = same.getFirst();
        ValueRange sum = p.sum();
        String written = p.written() + " = " + p.writtenSum() + " ("
                + same.stream().map(x -> VerdictRules.source(x.first().compared())).collect(Collectors.joining("; ")) + ")";
        List<ClaimFeatures> fitting = group.stream().filter(m -> m.range().overlaps(sum)).toList();
        if (fitting.size() == group.size()) {
            return "parts: " + written + ", which adds up to the total";
        }
        String others = group.stream().filter(m -> !fitting.contains(m)).map(m -> m.compared().claim().text()).distinct()
                .collect(Collectors.joining(", "));
        return fitting.isEmpty() ? "parts: " + written + ", which does not add up to the total (" + others + ")"
                : "parts: " + written + ", which adds up to " + fitting.getFirst().compared().claim().text() + " but not to "
                        + others;
    }

}
