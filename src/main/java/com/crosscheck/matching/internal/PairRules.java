package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import com.crosscheck.nlp.Gazetteer;
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
        String reason = apartBecause(a, b);
        return reason != null ? apart(reason) : new Decision(null, evidence(a, b, sharedHeadWords(a, b)));
    }

    /** Whether no rule keeps two claims apart. */
    static boolean compatible(ClaimFeatures a, ClaimFeatures b) {
        return apartBecause(a, b) == null;
    }

    /** The first rule that keeps two claims apart, naming itself, or null when none does. */
    private static @Nullable String apartBecause(ClaimFeatures a, ClaimFeatures b) {
        ClaimKind kind = a.kind();
        if (kind != b.kind()) {
            return "different kinds";
        }
        if (!unitFamily(a).equals(unitFamily(b))) {
            return "different units (" + unitFamily(a) + ", " + unitFamily(b) + ")";
        }
        if (a.proposal() != b.proposal()) {
            return "one figure is part of a proposal, the other of what happened";
        }
        if (a.hypothetical() != b.hypothetical()) {
            return "one figure is what can happen, the other what happened";
        }
        if (!a.nationalities().isEmpty() && !b.nationalities().isEmpty()
                && a.nationalities().stream().noneMatch(b.nationalities()::contains)) {
            return "different populations (" + a.nationalities() + ", " + b.nationalities() + ")";
        }
        if (kind.isCasualty() && !java.util.Objects.equals(a.severity(), b.severity())) {
            return "one counts the " + (a.severity() != null ? a.severity() : b.severity())
                    + " hurt, the other all of them";
        }
        if (a.role() != CountedSubject.Role.UNSPECIFIED && b.role() != CountedSubject.Role.UNSPECIFIED && a.role() != b.role()) {
            return "fighters and civilians are different populations";
        }
        if (a.scope() != null && b.scope() != null && !sameScope(a.scope(), b.scope())) {
            return "different scopes (" + a.scope() + ", " + b.scope() + ")";
        }
        if (kind == ClaimKind.MEASURE && !a.dimension().equals(b.dimension())) {
            return "they measure different things (" + a.dimension() + ", " + b.dimension() + ")";
        }
        if (kind == ClaimKind.MEASURE && !a.dimension().equals("magnitude") && ValueRules.farApart(a, b)) {
            return "distances too far apart to be one quantity";
        }
        if (a.dimension().equals(MeasureDimension.MAGNITUDE) && Math.abs(ValueRules.stated(a)[0] - ValueRules.stated(b)[0]) > ValueRules.MAGNITUDE_SPREAD) {
            // agencies' readings of one quake differ by a few tenths; 6.1 and 'more than 5.0' are two quakes
            return "magnitudes of different quakes";
        }
        // a place decides for casualty figures; for other counts it is often only the setting
        if (kind.isCasualty() && a.place() != null && b.place() != null
                && !Gazetteer.overlap(a.place(), b.place())) {
            return "different places (" + a.place() + ", " + b.place() + ")";
        }
        if (!a.reference().isEmpty() && !b.reference().isEmpty()
                && !MeasureDimension.sameReference(a.reference(), b.reference())) {
            return "distances from different places (" + a.reference() + ", " + b.reference() + ")";
        }
        if (kind != ClaimKind.MEASURE && kind != ClaimKind.TRIP && ValueRules.valuesTooFarApart(a, b)) {
            return "figures too far apart to be one quantity (" + a.compared().claim().text() + ", "
                    + b.compared().claim().text() + ")";
        }
        String timeConflict = differentTimes(a, b);
        if (timeConflict != null) {
            return timeConflict;
        }
        Set<String> shared = sharedHeadWords(a, b);
        if (kind.isCasualty() && !a.headWords().isEmpty() && !b.headWords().isEmpty() && shared.isEmpty()
                && !isGeneric(a) && !isGeneric(b)) {
            return "they count different groups (" + a.headWords() + ", " + b.headWords() + ")";
        }
        boolean unitsOnly = kind == ClaimKind.DURATION && a.headWords().isEmpty() && b.headWords().isEmpty();
        boolean ages = a.dimension().equals("age") && b.dimension().equals("age");
        if (ages && Math.abs(a.compared().claim().quantity().value() - b.compared().claim().quantity().value()) > 2) {
            return "ages of different people";
        }
        if (!kind.isCasualty() && kind != ClaimKind.TRIP && kind != ClaimKind.MEASURE && shared.isEmpty()
                && !unitsOnly && !ages) {
            return "they count different things (" + a.headWords() + ", " + b.headWords() + ")";
        }
        // an open end does not make "more than 17,000 militants" the same figure as "43,391 people" beside it
        // unless the article sets two sources' figures side by side ("180, according to the governor, while the
        // ministry put the toll at 214"): that is the same quantity, in conflict
        if (a.compared().article().equals(b.compared().article()) && kind != ClaimKind.TRIP
                && !ValueRules.sameValueInOneArticle(a, b) && !ValueRules.closeValues(a, b) && !twoSources(a, b)) {
            return "two different figures in one article";
        }
        return null;
    }

    private static boolean twoSources(ClaimFeatures a, ClaimFeatures b) {
        String x = a.compared().claim().source();
        String y = b.compared().claim().source();
        return x != null && y != null && !x.equalsIgnoreCase(y)
                && a.compared().claim().sentence().equals(b.compared().claim().sentence());
    }

    /**
     * Whether a part of a whole ("12 soldiers", "one person killed") can be of the event of a claim that states
     * the whole: both of what happened (or both proposals), at one time, in overlapping places, and the part's
     * population within the whole's.
     */
    static boolean sameEvent(ClaimFeatures part, ClaimFeatures whole) {
        boolean places = part.place() == null || whole.place() == null || Gazetteer.overlap(part.place(), whole.place());
        boolean population = whole.nationalities().isEmpty()
                || part.nationalities().stream().anyMatch(whole.nationalities()::contains);
        return part.proposal() == whole.proposal() && part.hypothetical() == whole.hypothetical() && places && population
                && differentTimes(part, whole) == null;
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

    /** The head words two claims share, other than the generic "people". */
    static Set<String> specificSharedWords(ClaimFeatures a, ClaimFeatures b) {
        Set<String> shared = sharedHeadWords(a, b);
        shared.remove("people");
        return shared;
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
        return !kind.isCasualty() && kind != ClaimKind.TRIP && kind != ClaimKind.MEASURE
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

    /**
     * Scopes are the same when equal or when one place lies in the other ("in Aceh", "in Sumatra"); the wide
     * region ("trips to the region") is a scope of its own, not any of its countries.
     */
    private static boolean sameScope(String a, String b) {
        boolean wide = a.equals(CountedSubject.WIDE_REGION) || b.equals(CountedSubject.WIDE_REGION);
        return a.equals(b) || !wide && (Gazetteer.within(a, b) || Gazetteer.within(b, a));
    }

    /** Units that can be compared: all durations, one currency, percent and percentage points apart. */
    static String unitFamily(ClaimFeatures f) {
        Quantity q = f.compared().claim().quantity();
        return switch (f.kind()) {
            case DURATION -> "time";
            case MEASURE -> f.dimension().equals(MeasureDimension.MAGNITUDE) || f.dimension().equals(MeasureDimension.SPEED)
                    ? f.dimension() : ValueRange.isLength(q.unit()) ? "length" : ValueRange.isArea(q.unit()) ? "area"
                    : SYNONYMS.getOrDefault(q.unit(), q.unit());
            case MONEY, PERCENT -> SYNONYMS.getOrDefault(q.unit(), q.unit());
            default -> "";
        };
    }
}
