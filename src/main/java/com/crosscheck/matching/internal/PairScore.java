package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How strongly two compatible claims speak of the same quantity, from 0 up: the weighted share of their
 * sentences' words, plus the same value, the same counted thing and the same place. Compatibility (the
 * {@link PairRules}) says whether two claims may be one quantity; the score says which of the quantities they
 * may be is the likeliest, and whether there is enough evidence at all.
 */
final class PairScore {

    /** The score a group's claims must reach on average with a newcomer's, or with another group's. */
    static final double THRESHOLD = 0.2;

    private static final double SAME_VALUE = 0.15;
    private static final double SAME_TELLING_VALUE = 0.3;
    private static final double BOTH_OPENING = 0.15;
    private static final double SAME_THING = 0.1;
    private static final double SAME_SETTING = 0.1;
    private static final double ONE_SEQUENCE = 0.3;

    /**
     * Both claims are their article's only figure of their block (kind, unit and counted thing): in a comparison
     * of one event's reports, "35 people reported missing" and "Twenty people remain missing" are one quantity
     * even when their sentences share few words. Only where they name the same place, or none: a town's figure
     * and the province's are not one quantity for lack of others.
     */
    private static final double BOTH_SOLE = 0.15;

    private final SentenceWords words;
    private final Set<String> sole;

    PairScore(SentenceWords words) {
        this(words, Set.of());
    }

    /** {@code sole}: the ids of the claims that are their article's only claim in their block. */
    PairScore(SentenceWords words, Set<String> sole) {
        this.words = words;
        this.sole = sole;
    }

    double of(ClaimFeatures a, ClaimFeatures b) {
        double score = words.similarity(a.words(), b.words());
        if (ValueRules.sameValue(a, b)) {
            score += isTelling(a) && isTelling(b) ? SAME_TELLING_VALUE : SAME_VALUE;
        }
        if (a.opening() && b.opening()) {
            score += BOTH_OPENING;
        }
        if (!PairRules.specificSharedWords(a, b).isEmpty()) {
            score += SAME_THING;
        }
        if (sameSetting(a, b)) {
            score += SAME_SETTING;
        }
        if (a.kind() == ClaimKind.TRIP) {
            score += ONE_SEQUENCE; // the trips of one traveller and scope are one sequence
        }
        if (sole.contains(a.compared().id()) && sole.contains(b.compared().id())
                && !a.compared().article().equals(b.compared().article()) && java.util.Objects.equals(a.place(), b.place())) {
            score += BOTH_SOLE;
        }
        return score;
    }

    /**
     * The keys under which a claim finds the claims it may score with in a large block: its value when telling,
     * and its sentence's rare words.
     */
    List<String> keys(ClaimFeatures f) {
        var keys = new ArrayList<String>();
        if (isTelling(f)) {
            keys.add("value " + f.compared().claim().quantity().value());
        }
        f.words().stream().filter(words::isRare).sorted().forEach(w -> keys.add("word " + w));
        return keys;
    }

    /** Why two claims were put together, naming the evidence. */
    String evidence(ClaimFeatures a, ClaimFeatures b) {
        var parts = new ArrayList<String>();
        parts.add(PairRules.compare(a, b).evidence());
        if (ValueRules.sameValue(a, b)) {
            parts.add("same value");
        }
        if (a.opening() && b.opening()) {
            parts.add("both in the opening lines");
        }
        List<String> shared = words.sharedWords(a.words(), b.words(), 4);
        if (!shared.isEmpty()) {
            parts.add("sentences share " + String.join(", ", shared));
        }
        return "\u201c" + a.compared().claim().text() + "\u201d (" + a.compared().outlet() + ") ~ \u201c"
                + b.compared().claim().text() + "\u201d (" + b.compared().outlet() + "): " + String.join("; ", parts);
    }

    /**
     * Whether a value is unlikely to be shared by chance: "6.1", "38", "170,000" are; "two", "ten", "dozens"
     * and "about 50" are not.
     */
    static boolean isTelling(ClaimFeatures f) {
        var q = f.compared().claim().quantity();
        boolean vague = q.approx() || q.low() != null && q.high() != null && !q.low().equals(q.high());
        return !vague && (q.value() != Math.rint(q.value()) || Math.abs(q.value()) >= 13);
    }

    private static boolean sameSetting(ClaimFeatures a, ClaimFeatures b) {
        return a.place() != null && a.place().equals(b.place()) || a.scope() != null && a.scope().equals(b.scope())
                || !a.reference().isEmpty() && MeasureDimension.sameReference(a.reference(), b.reference());
    }
}
