package com.crosscheck.matching.internal;

import com.crosscheck.nlp.Gazetteer;
import com.crosscheck.nlp.Lemmas;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who or what a claim counts, read from its subject phrase ("Lebanese civilians displaced", "trips to the
 * region since Hamas' massacre"): the counted thing's words in base form, the population (nationality,
 * combatant or civilian) and the scope the phrase gives.
 *
 * @param headWords     the counted thing ("trip", "village", "live shell"), without places and generic words
 * @param nationalities countries of the demonyms in the phrase ("Israeli" → Israel)
 * @param scope         the place or level a scope phrase names ("to Israel" → Israel, "to the region" → wide
 *                      region), or null
 * @param head          the counted noun phrase as written ("Nuban refugees"), without the scope phrase
 */
record CountedSubject(Set<String> headWords, Set<String> nationalities, Role role, @Nullable String scope, String head) {

    /** Who a casualty figure counts. */
    enum Role { COMBATANT, CIVILIAN, UNSPECIFIED }

    static final String WIDE_REGION = "wide region";

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
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");

    static CountedSubject of(String subject) {
        String[] parts = splitScope(subject);
        var head = new LinkedHashSet<String>();
        var nationalities = new LinkedHashSet<String>();
        Role role = Role.UNSPECIFIED;
        var words = WORD.matcher(parts[0]);
        while (words.find()) {
            String word = words.group().replaceAll("('s|\u2019s|')$", "");
            String country = Gazetteer.countryOfDemonym(Lemmas.noun(word));
            if (country != null) {
                nationalities.add(country);
                continue;
            }
            String lemma = Lemmas.noun(word);
            if (COMBATANTS.contains(lemma)) {
                role = Role.COMBATANT;
            } else if (CIVILIANS.contains(lemma) && role == Role.UNSPECIFIED) {
                role = Role.CIVILIAN;
            }
            if (!STOP.contains(lemma) && Gazetteer.place(word) == null) {
                head.add(lemma);
            }
        }
        return new CountedSubject(head, nationalities, role, scope(parts[1]), parts[0]);
    }

    /** Splits "trip to the region since Hamas' massacre" into the counted thing and its scope phrase. */
    private static String[] splitScope(String subject) {
        String[] words = subject.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (SCOPE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return new String[] {String.join(" ", Arrays.copyOfRange(words, 0, i)),
                        String.join(" ", Arrays.copyOfRange(words, i, words.length))};
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
            String place = Gazetteer.place(String.join(" ", Arrays.copyOfRange(words, 0, n)));
            if (place != null) {
                return Gazetteer.isWideRegion(place) ? WIDE_REGION : place;
            }
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        return first.equals("region") || first.equals("area") ? WIDE_REGION : null;
    }
}
