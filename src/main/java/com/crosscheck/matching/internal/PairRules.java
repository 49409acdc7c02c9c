package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import org.jspecify.annotations.Nullable;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether two claims measure the same quantity. Each rule that keeps two claims apart names itself, so that
 * a pairing decision can be explained; a pair that passes every rule is compatible.
 */
final class PairRules {

    /** The outcome of comparing two claims: null reason means compatible. */
    record Decision(@Nullable String apartBecause, String evidence) {
        boolean compatible() {
            return apartBecause == null;
        }
    }

    private static final Set<ClaimKind> POPULATION_KINDS = Set.of(ClaimKind.KILLED, ClaimKind.INJURED,
            ClaimKind.MISSING, ClaimKind.HOSTAGES, ClaimKind.DISPLACED);
    /** Words for the same thing, mapped to one of them. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("cease-fire", "ceasefire"), Map.entry("truce", "ceasefire"), Map.entry("quake", "earthquake"),
            Map.entry("temblor", "earthquake"), Map.entry("tremor", "earthquake"), Map.entry("nation", "country"),
            Map.entry("state", "country"), Map.entry("visit", "trip"), Map.entry("tour", "trip"),
            Map.entry("kilometre", "km"), Map.entry("kilometer", "km"), Map.entry("metre", "m"), Map.entry("meter", "m"),
            Map.entry("home", "house"), Map.entry("building", "house"), Map.entry("person", "people"),
            Map.entry("population", "people"), Map.entry("resident", "people"), Map.entry("inhabitant", "people"));

    private PairRules() {
    }

    static Decision compare(ClaimFeatures a, ClaimFeatures b) {
        ClaimKind kind = a.kind();
        if (kind != b.kind()) {
            return apart("different kinds");
        }
        if (!unitFamily(a).equals(unitFamily(b))) {
            return apart("different units (" + unitFamily(a) + ", " + unitFamily(b) + ")");
        }
        if (a.proposal() != b.proposal()) {
            return apart("one figure is part of a proposal, the other of what happened");
        }
        if (!a.nationalities().isEmpty() && !b.nationalities().isEmpty()
                && a.nationalities().stream().noneMatch(b.nationalities()::contains)) {
            return apart("different populations (" + a.nationalities() + ", " + b.nationalities() + ")");
        }
        if (a.role() != ClaimFeatures.Role.UNSPECIFIED && b.role() != ClaimFeatures.Role.UNSPECIFIED && a.role() != b.role()) {
            return apart("fighters and civilians are different populations");
        }
        if (a.scope() != null && b.scope() != null && !a.scope().equals(b.scope())) {
            return apart("different scopes (" + a.scope() + ", " + b.scope() + ")");
        }
        if (kind == ClaimKind.MEASURE && !a.dimension().equals(b.dimension())) {
            return apart("they measure different things (" + a.dimension() + ", " + b.dimension() + ")");
        }
        if (kind == ClaimKind.MEASURE && !a.dimension().equals("magnitude") && farApart(a, b)) {
            // reports of one distance differ by rounding or units, not by half; such figures are other distances
            return apart("distances too far apart to be one quantity");
        }
        // a place decides for casualty figures and distances; for other counts it is often only the setting
        boolean placeMatters = POPULATION_KINDS.contains(kind) || a.dimension().equals("distance");
        if (placeMatters && a.place() != null && b.place() != null && !a.place().equals(b.place())) {
            return apart("different places (" + a.place() + ", " + b.place() + ")");
        }
        String timeConflict = differentTimes(a, b);
        if (timeConflict != null) {
            return apart(timeConflict);
        }
        Set<String> shared = sharedHeadWords(a, b);
        if (POPULATION_KINDS.contains(kind) && !a.headWords().isEmpty() && !b.headWords().isEmpty() && shared.isEmpty()
                && !isGeneric(a) && !isGeneric(b)) {
            return apart("they count different groups (" + a.headWords() + ", " + b.headWords() + ")");
        }
        boolean unitsOnly = kind == ClaimKind.DURATION && a.headWords().isEmpty() && b.headWords().isEmpty();
        boolean ages = a.dimension().equals("age") && b.dimension().equals("age");
        if (ages && Math.abs(a.compared().claim().quantity().value() - b.compared().claim().quantity().value()) > 2) {
            return apart("ages of different people");
        }
        if (!POPULATION_KINDS.contains(kind) && kind != ClaimKind.TRIP && kind != ClaimKind.MEASURE && shared.isEmpty()
                && !unitsOnly && !ages) {
            return apart("they count different things (" + a.headWords() + ", " + b.headWords() + ")");
        }
        if (a.compared().article().equals(b.compared().article()) && kind != ClaimKind.TRIP
                && a.compared().claim().quantity().value() != b.compared().claim().quantity().value()) {
            return apart("two different figures in one article");
        }
        return new Decision(null, evidence(a, b, shared));
    }

    /**
     * Different events: a claim that names its time ("in 2004", "in February") against another claim's time or
     * publication date, compared at the coarser of the two precisions; days may be a month apart, since a count
     * reported over several days is one quantity.
     */
    private static @Nullable String differentTimes(ClaimFeatures a, ClaimFeatures b) {
        if (a.eventTime() == null && b.eventTime() == null || a.kind() == ClaimKind.TRIP) {
            return null; // trips of a sequence happen at different times by nature
        }
        String left = a.eventTimeOrPublished();
        String right = b.eventTimeOrPublished();
        if (left == null || right == null) {
            return null;
        }
        // a time named by one claim only is weighed against the other's publication date by year alone
        int precision = a.eventTime() != null && b.eventTime() != null ? Math.min(left.length(), right.length()) : 4;
        if (precision >= 10) {
            var d1 = java.time.LocalDate.parse(left.substring(0, 10));
            var d2 = java.time.LocalDate.parse(right.substring(0, 10));
            return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(d1, d2)) > 31
                    ? "different events (" + left + ", " + right + ")" : null;
        }
        int cut = precision >= 7 ? 7 : 4;
        return left.substring(0, cut).equals(right.substring(0, cut)) ? null
                : "different events (" + left.substring(0, cut) + ", " + right.substring(0, cut) + ")";
    }

    private static Decision apart(String reason) {
        return new Decision(reason, "");
    }

    private static String evidence(ClaimFeatures a, ClaimFeatures b, Set<String> shared) {
        var parts = new StringBuilder("same kind (" + a.kind().label() + ")");
        if (!shared.isEmpty()) {
            parts.append(", counting ").append(String.join(", ", shared));
        }
        if (!a.nationalities().isEmpty() && !b.nationalities().isEmpty()) {
            parts.append(", population ").append(String.join(", ", a.nationalities()));
        }
        if (a.scope() != null && a.scope().equals(b.scope())) {
            parts.append(", scope ").append(a.scope());
        }
        if (a.place() != null && a.place().equals(b.place())) {
            parts.append(", place ").append(a.place());
        }
        return parts.toString();
    }

    private static Set<String> sharedHeadWords(ClaimFeatures a, ClaimFeatures b) {
        Set<String> left = new HashSet<>();
        a.headWords().forEach(w -> left.add(SYNONYMS.getOrDefault(w, w)));
        Set<String> shared = new java.util.LinkedHashSet<>();
        b.headWords().forEach(w -> {
            String canonical = SYNONYMS.getOrDefault(w, w);
            if (left.contains(canonical)) {
                shared.add(canonical);
            }
        });
        return shared;
    }

    /** Kinds whose claims must count the same thing (share a head word) to be compared at all. */
    static boolean needsSharedHead(ClaimKind kind) {
        return !POPULATION_KINDS.contains(kind) && kind != ClaimKind.TRIP && kind != ClaimKind.MEASURE
                && kind != ClaimKind.DURATION && kind != ClaimKind.OTHER;
    }

    /** The counted thing's main noun in canonical form: the last head word ("phase plan" → "plan"). */
    static String mainHead(ClaimFeatures f) {
        String last = "";
        for (String word : f.headWords()) {
            last = word;
        }
        return SYNONYMS.getOrDefault(last, last);
    }

    private static boolean isGeneric(ClaimFeatures f) {
        return f.headWords().stream().anyMatch(w -> SYNONYMS.getOrDefault(w, w).equals("people"));
    }

    private static boolean farApart(ClaimFeatures a, ClaimFeatures b) {
        double x = a.compared().claim().quantity().value() * ValueRange.kilometres(a.compared().claim().quantity().unit());
        double y = b.compared().claim().quantity().value() * ValueRange.kilometres(b.compared().claim().quantity().unit());
        return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > 1.6;
    }

    private static boolean isKilometre(String unit) {
        return unit.equals("km") || unit.startsWith("kilomet");
    }

    /** Units that can be compared: all durations, one currency, percent and percentage points apart. */
    static String unitFamily(ClaimFeatures f) {
        Quantity q = f.compared().claim().quantity();
        return switch (f.kind()) {
            case DURATION -> "time";
            case MEASURE -> f.dimension().equals("magnitude") || f.dimension().equals("speed") ? f.dimension()
                    : ValueRange.kilometres(q.unit()) != 1 || isKilometre(q.unit()) ? "length"
                    : SYNONYMS.getOrDefault(q.unit(), q.unit());
            case MONEY, PERCENT -> SYNONYMS.getOrDefault(q.unit(), q.unit());
            default -> "";
        };
    }
}
