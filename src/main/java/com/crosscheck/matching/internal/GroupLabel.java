package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.nlp.Gazetteer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a group measures, in a few words built from its claims' subject phrases and scopes, in the most common
 * wording among them: "Blinken's trips to the Middle East since 7 Oct 2023", "Children killed", "People
 * injured in Aceh", "Magnitude of the earthquake", "Distance from Bireun", "Age of Anthony LaCalamita",
 * "Phases of the plan (proposal)". A background figure gets its year ("People killed in 2004").
 */
final class GroupLabel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Map<ClaimKind, String> HAPPENED = Map.of(ClaimKind.KILLED, "killed", ClaimKind.INJURED,
            "injured", ClaimKind.MISSING, "missing", ClaimKind.HOSTAGES, "held hostage", ClaimKind.DISPLACED, "displaced");
    private static final List<String> GENERIC = List.of("people", "person", "persons", "other", "others", "victim",
            "victims", "killed", "injured", "missing", "displaced", "hostages", "dead", "wounded", "more", "hurt", "first",
            "second", "third", "new", "further", "additional", "another");

    private GroupLabel() {
    }

    static String of(List<ClaimFeatures> members) {
        ClaimFeatures first = members.getFirst();
        String label = switch (first.kind()) {
            case KILLED, INJURED, MISSING, HOSTAGES, DISPLACED -> population(members) + " " + HAPPENED.get(first.kind());
            case TRIP -> trips(members);
            case MEASURE -> measure(members);
            case OTHER -> first.dimension().equals(MeasureDimension.AGE) ? age(members)
                    : first.compared().claim().quantity().unit().equals("ordinal") ? "Rank, as in \u201c" + Owners.excerpt(first) + "\u201d"
                    : capitalised(thing(members));
            case DURATION -> "Duration, as in \u201c" + Owners.excerpt(first) + "\u201d";
            case PERCENT -> "Share of " + thing(members);
            case MONEY -> "Amount of " + thing(members);
            default -> counted(members);
        };
        String place = common(members, f -> f.place() == null ? null : Gazetteer.canonical(f.place()));
        if (place != null && isPopulation(first.kind()) && !label.contains(place)) {
            label += " in " + place;
        }
        String year = backgroundYear(members);
        if (year != null && !label.contains(year)) {
            label += " in " + year;
        }
        return first.proposal() ? label + " (proposal)" : label;
    }

    private static boolean isPopulation(ClaimKind kind) {
        return HAPPENED.containsKey(kind);
    }

    /** "Children", "Nuban refugees", or "People" when the members count people in general. */
    private static String population(List<ClaimFeatures> members) {
        String head = common(members, f -> {
            // the noun phrase before the word for what happened: "Nuban refugees" of "Nuban refugees displaced"
            var words = new java.util.ArrayList<String>();
            for (String word : f.subject().head().split(" ")) {
                if (HAPPENED.containsValue(word.toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (!GENERIC.contains(word.toLowerCase(Locale.ROOT))) {
                    words.add(word);
                }
            }
            return words.isEmpty() ? null : String.join(" ", words);
        });
        return head == null ? "People" : capitalised(head);
    }

    /** "Blinken's trips to the Middle East since 7 Oct 2023". */
    private static String trips(List<ClaimFeatures> members) {
        String owner = common(members, Owners::owner);
        String target = common(members, Owners::scopePlace);
        if (target == null && members.stream().anyMatch(f -> CountedSubject.WIDE_REGION.equals(f.scope()))) {
            target = "the region";
        }
        String since = common(members, GroupLabel::since);
        return (owner == null ? "Trips" : owner + "'s trips") + (target == null ? "" : " to " + target)
                + (since == null ? "" : " since " + since);
    }

    private static @Nullable String since(ClaimFeatures f) {
        String time = f.compared().claim().time();
        boolean sinceInSubject = f.compared().claim().subject().contains("since");
        if (time == null || !time.startsWith("since ") && !sinceInSubject) {
            return null;
        }
        String date = time.replaceFirst("^since ", "");
        try {
            return DAY.format(LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }

    private static String measure(List<ClaimFeatures> members) {
        ClaimFeatures first = members.getFirst();
        String thing = thing(members);
        return switch (first.dimension()) {
            case MeasureDimension.MAGNITUDE -> "Magnitude" + (thing.equals("magnitude") || thing.equals("measure") ? "" : " of the " + thing);
            case MeasureDimension.DEPTH -> "Depth";
            case MeasureDimension.SPEED -> "Speed";
            case MeasureDimension.DISTANCE -> {
                String from = common(members, f -> f.reference().isEmpty() ? null : MeasureDimension.referencePhrase(f));
                yield from == null ? "Distance" : "Distance from " + from;
            }
            default -> ValueRange.isArea(first.compared().claim().quantity().unit()) ? "Area of the " + thing
                    : capitalised(thing) + " in " + first.compared().claim().quantity().unit();
        };
    }

    /** "Age of Anthony LaCalamita", or of the counted person ("Age of the Troy resident"). */
    private static String age(List<ClaimFeatures> members) {
        String name = common(members, Owners::namedPerson);
        return name != null ? "Age of " + name : "Age of the " + thing(members);
    }

    /** "Live shells in the vehicle", "Phases of the plan". */
    private static String counted(List<ClaimFeatures> members) {
        ClaimFeatures first = members.getFirst();
        String unit = first.compared().claim().quantity().unit();
        String head = common(members, f -> f.subject().head().isBlank() ? null : f.subject().head());
        String thing = head == null ? thing(members) : head;
        return unit.isEmpty() || unit.equals("ordinal") ? capitalised(thing)
                : capitalised(unit) + "s of the " + thing;
    }

    /** The counted thing in the members' most common wording. */
    private static String thing(List<ClaimFeatures> members) {
        String head = common(members, f -> f.headWords().isEmpty() ? null : String.join(" ", f.headWords()));
        return head == null ? members.getFirst().kind().label() : head;
    }

    /** The background year: a year all dated members name, before the articles' own. */
    private static @Nullable String backgroundYear(List<ClaimFeatures> members) {
        if (members.getFirst().kind() == ClaimKind.TRIP) {
            return null;
        }
        List<String> years = members.stream().map(ClaimFeatures::eventTime).filter(Objects::nonNull)
                .map(t -> t.substring(0, 4)).distinct().toList();
        int published = members.stream().map(f -> f.compared().published()).filter(Objects::nonNull)
                .mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
        return years.size() == 1 && Integer.parseInt(years.getFirst()) < published ? years.getFirst() : null;
    }

    /** The value most members give (ties: the earliest), or null when none gives one. */
    static @Nullable String common(Collection<ClaimFeatures> members, Function<ClaimFeatures, @Nullable String> value) {
        Map<String, Long> counts = members.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(null);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
