package com.crosscheck.matching.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.matching.ComparedClaim;
import com.crosscheck.nlp.Gazetteer;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What matching compares between two claims, read once per claim: the counted thing (head words), the
 * population (nationality, combatant or civilian), the scope a phrase like "to the region" gives, the place,
 * and whether the figure belongs to a proposal rather than to what happened.
 */
record ClaimFeatures(ComparedClaim compared, Set<String> headWords, Set<String> nationalities, Role role,
        @Nullable String scope, @Nullable String place, boolean proposal, boolean previous, @Nullable String eventTime, String dimension) {

    /** Who a casualty figure counts. */
    enum Role { COMBATANT, CIVILIAN, UNSPECIFIED }

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "his", "her", "their", "its", "our", "this",
            "that", "these", "those", "and", "or", "other", "others", "some", "all", "more",
            "second", "minute", "hour", "day", "night", "week", "month", "year", "decade",
            "killed", "injured", "missing", "displaced", "hostages", "hostage", "dead", "wounded", "previous", "latest",
            "total", "new", "further", "additional");
    private static final Set<String> SCOPE_WORDS = Set.of("to", "in", "into", "across", "inside", "at");
    private static final Set<String> COMBATANTS = Set.of("fighter", "militant", "soldier", "troop", "combatant",
            "gunman", "insurgent", "rebel", "commander", "terrorist", "operative", "member");
    private static final Set<String> CIVILIANS = Set.of("civilian", "child", "woman", "resident", "citizen",
            "villager", "patient", "student", "worker", "refugee", "passenger", "family");
    private static final Pattern PROPOSAL = Pattern.compile(
            "(?i)\\b(propos\\w*|offer\\w*|deal|exchange|demand\\w*|would|plan to|call(?:ed|s)? for|seek\\w*|swap)\\b");
    /** Words that say what a measure measures; the one nearest the number decides. */
    private static final java.util.Map<String, List<String>> DIMENSION_WORDS = java.util.Map.of(
            "magnitude", List.of("magnitude", "richter", "measuring"),
            "depth", List.of("depth", "deep", "beneath", "underground", "below"),
            "distance", List.of(" from ", " away", " off ", " of ", "outside", "north", "south", "east", "west"),
            "speed", List.of("mph", "km/h", "speed"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");

    static ClaimFeatures of(ComparedClaim compared, String sentence) {
        Claim claim = compared.claim();
        String subject = claim.subject();
        String[] parts = splitScope(subject);
        var head = new LinkedHashSet<String>();
        var nationalities = new LinkedHashSet<String>();
        Role role = Role.UNSPECIFIED;
        var words = WORD.matcher(parts[0]);
        while (words.find()) {
            String word = words.group().replaceAll("('s|\u2019s|')$", "");
            String country = Gazetteer.countryOfDemonym(singular(word));
            if (country != null) {
                nationalities.add(country);
                continue;
            }
            String lemma = singular(word.toLowerCase(Locale.ROOT));
            if (COMBATANTS.contains(lemma)) {
                role = Role.COMBATANT;
            } else if (CIVILIANS.contains(lemma) && role == Role.UNSPECIFIED) {
                role = Role.CIVILIAN;
            }
            if (!STOP.contains(lemma) && Gazetteer.place(word) == null) {
                head.add(lemma);
            }
        }
        int at = claim.span().start() - claim.sentence().start();
        String before = sentence.substring(0, Math.max(0, Math.min(at, sentence.length())));
        return new ClaimFeatures(compared, head, nationalities, role, scope(parts[1]), claim.place(),
                PROPOSAL.matcher(before).find(), subject.toLowerCase(Locale.ROOT).contains("previous")
                        || before.toLowerCase(Locale.ROOT).contains("previous"), eventTime(claim.time()),
                dimension(claim, sentence, at));
    }

    /**
     * What a measure measures, from the words around it: a magnitude, a depth, a distance (from its place), or
     * else its unit. Head words do not tell "10 km deep" from "55 km south of Takengon".
     */
    private static String dimension(Claim claim, String sentence, int at) {
        if (claim.kind() == ClaimKind.OTHER) {
            String around = sentence.substring(Math.max(0, at - 6), Math.min(sentence.length(), at + claim.text().length() + 2));
            boolean age = claim.text().contains("-old") || around.matches("(?s).*(, \\d{1,3},|aged \\d{1,3}).*");
            return age ? "age" : "";
        }
        if (claim.kind() != ClaimKind.MEASURE) {
            return "";
        }
        String unit = claim.quantity().unit().toLowerCase(Locale.ROOT);
        if (unit.contains("magnitude")) {
            return "magnitude";
        }
        int from = Math.max(0, at - 60);
        String around = sentence.substring(from, Math.min(sentence.length(), at + claim.text().length() + 40))
                .toLowerCase(Locale.ROOT);
        int number = at - from;
        String nearest = unit;
        int best = Integer.MAX_VALUE;
        for (var entry : DIMENSION_WORDS.entrySet()) {
            for (String word : entry.getValue()) {
                for (int i = around.indexOf(word); i >= 0; i = around.indexOf(word, i + 1)) {
                    int distance = Math.abs(i - number);
                    if (distance < best) {
                        best = distance;
                        nearest = entry.getKey();
                    }
                }
            }
        }
        return nearest;
    }

    /** The time a claim names for its event, as ISO text (year, month or day); null for none or a period start. */
    private static @Nullable String eventTime(@Nullable String time) {
        if (time == null || time.startsWith("since") || !Character.isDigit(time.charAt(0))) {
            return null;
        }
        int slash = time.indexOf('/');
        return slash > 0 ? time.substring(0, slash) : time;
    }

    /** When the event happened as far as known: its own time, else the article's publication date. */
    @Nullable String eventTimeOrPublished() {
        if (eventTime != null) {
            return eventTime;
        }
        return compared.published() == null ? null : compared.published().toString();
    }

    ClaimKind kind() {
        return compared.claim().kind();
    }

    /** Splits "trip to the region since Hamas' massacre" into the counted thing and its scope phrase. */
    private static String[] splitScope(String subject) {
        String[] words = subject.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (SCOPE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)),
                        String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))};
            }
        }
        return new String[] {subject, ""};
    }

    /**
     * The target of a scope phrase as a place or a generic level: "to Israel" → Israel, "to the region" and
     * "to the Middle East" → the wide region; null when there is none.
     */
    private static @Nullable String scope(String phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        String rest = phrase.replaceFirst("^\\S+\\s+", "").replaceFirst("(?i)^the\\s+", "");
        String[] words = rest.split("\\s+");
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            String place = Gazetteer.place(candidate);
            if (place != null) {
                return Gazetteer.isWideRegion(place) ? "wide region" : place;
            }
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        return first.equals("region") || first.equals("area") ? "wide region" : null;
    }

    static String singular(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
