package com.crosscheck.claims.internal;

import com.crosscheck.claims.ClaimKind;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/** The words (lemmas, lower case) that decide a claim's kind, and units. */
final class Lexicon {

    /** Nouns a number can count, by the kind they make it. */
    static final Map<String, ClaimKind> COUNTED_NOUNS = Map.ofEntries(
            entry("dead", ClaimKind.KILLED), entry("death", ClaimKind.KILLED), entry("fatality", ClaimKind.KILLED),
            entry("body", ClaimKind.KILLED), entry("casualty", ClaimKind.KILLED), entry("life", ClaimKind.KILLED),
            entry("corpse", ClaimKind.KILLED),
            entry("injury", ClaimKind.INJURED), entry("wounded", ClaimKind.INJURED), entry("injured", ClaimKind.INJURED),
            entry("hostage", ClaimKind.HOSTAGES), entry("captive", ClaimKind.HOSTAGES), entry("abductee", ClaimKind.HOSTAGES),
            entry("refugee", ClaimKind.DISPLACED), entry("evacuee", ClaimKind.DISPLACED),
            entry("trip", ClaimKind.TRIP), entry("visit", ClaimKind.TRIP), entry("tour", ClaimKind.TRIP),
            entry("journey", ClaimKind.TRIP), entry("voyage", ClaimKind.TRIP),
            entry("hurt", ClaimKind.INJURED), entry("killed", ClaimKind.KILLED), entry("missing", ClaimKind.MISSING),
            entry("displaced", ClaimKind.DISPLACED), entry("homeless", ClaimKind.DISPLACED));

    /** Predicates (verbs, participles, adjectives) that say what happened to the counted. */
    static final Map<String, ClaimKind> PREDICATES = Map.ofEntries(
            entry("kill", ClaimKind.KILLED), entry("killed", ClaimKind.KILLED), entry("die", ClaimKind.KILLED),
            entry("dead", ClaimKind.KILLED), entry("perish", ClaimKind.KILLED), entry("murder", ClaimKind.KILLED),
            entry("slay", ClaimKind.KILLED), entry("execute", ClaimKind.KILLED), entry("massacre", ClaimKind.KILLED),
            entry("eliminate", ClaimKind.KILLED), entry("drown", ClaimKind.KILLED),
            entry("injure", ClaimKind.INJURED), entry("injured", ClaimKind.INJURED), entry("wound", ClaimKind.INJURED),
            entry("wounded", ClaimKind.INJURED), entry("hurt", ClaimKind.INJURED), entry("hospitalize", ClaimKind.INJURED),
            entry("missing", ClaimKind.MISSING), entry("disappear", ClaimKind.MISSING), entry("unaccounted", ClaimKind.MISSING),
            entry("hostage", ClaimKind.HOSTAGES), entry("captive", ClaimKind.HOSTAGES), entry("abduct", ClaimKind.HOSTAGES),
            entry("kidnap", ClaimKind.HOSTAGES), entry("captivity", ClaimKind.HOSTAGES),
            entry("displace", ClaimKind.DISPLACED), entry("displaced", ClaimKind.DISPLACED), entry("evacuate", ClaimKind.DISPLACED),
            entry("flee", ClaimKind.DISPLACED), entry("homeless", ClaimKind.DISPLACED), entry("refuge", ClaimKind.DISPLACED),
            entry("uproot", ClaimKind.DISPLACED), entry("shelter", ClaimKind.DISPLACED),
            entry("injury", ClaimKind.INJURED), entry("trap", ClaimKind.MISSING), entry("trapped", ClaimKind.MISSING),
            entry("tent", ClaimKind.DISPLACED), entry("outdoors", ClaimKind.DISPLACED),
            entry("accommodation", ClaimKind.DISPLACED), entry("rehouse", ClaimKind.DISPLACED));

    /** Verbs that, with a home as their object, mean the counted were displaced: "2,500 people left their homes". */
    static final Set<String> LEAVING_VERBS = Set.of("leave", "left", "leaving", "lose", "lost", "losing", "abandon",
            "abandoned", "force", "forced", "drive", "driven", "drove", "evacuate", "evacuated", "chase", "chased");

    static final Set<String> HOMES = Set.of("home", "house", "homeland", "village", "town");

    static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "our", "its", "my", "your");

    /** Words before a number that make it a casualty figure: "death toll ... 23,000", "killing 89". */
    static final Map<String, ClaimKind> GOVERNORS = Map.ofEntries(
            entry("toll", ClaimKind.KILLED), entry("death", ClaimKind.KILLED), entry("killing", ClaimKind.KILLED), entry("kill", ClaimKind.KILLED),
            entry("massacre", ClaimKind.KILLED), entry("claim", ClaimKind.KILLED), entry("eliminate", ClaimKind.KILLED),
            entry("injuring", ClaimKind.INJURED), entry("injure", ClaimKind.INJURED), entry("wound", ClaimKind.INJURED),
            entry("displace", ClaimKind.DISPLACED), entry("evacuate", ClaimKind.DISPLACED),
            entry("hostage", ClaimKind.HOSTAGES), entry("release", ClaimKind.COUNT),
            entry("magnitude", ClaimKind.MEASURE), entry("measure", ClaimKind.MEASURE), entry("richter", ClaimKind.MEASURE),
            entry("depth", ClaimKind.MEASURE), entry("strength", ClaimKind.MEASURE));

    static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "night", "week", "fortnight",
            "month", "year", "decade", "century", "season");

    static final Set<String> MEASURE_UNITS = Set.of("km", "kilometer", "kilometre", "mile", "meter", "metre", "m",
            "cm", "mm", "foot", "feet", "ft", "inch", "yard", "kg", "kilogram", "gram", "ton", "tonne", "lb",
            "degree", "°", "°c", "°f", "magnitude", "mph", "km/h", "knot", "acre", "hectare", "liter", "litre",
            "gallon", "barrel", "megawatt", "kilowatt", "watt", "calorie", "point-magnitude", "richter", "strength",
            "caliber", "calibre", "gauge");

    /**
     * Things a number can count that cannot be killed, wounded or displaced: "two helicopters were evacuating
     * injured", "10 houses were damaged", "two counts of intent to murder".
     */
    static final Set<String> THINGS = Set.of("house", "home", "building", "helicopter", "truck", "vehicle", "car",
            "village", "school", "mosque", "church", "hospital", "shop", "aircraft", "plane", "jet", "boat", "ship",
            "tank", "road", "bridge", "tent", "shelter", "bomb", "missile", "rocket", "shell", "aftershock", "structure",
            "apartment", "clinic", "factory", "count", "charge");

    /** Currencies as written in a compound: "a two-million-euro necklace". */
    static final Map<String, String> CURRENCY_NOUNS = Map.of("dollar", "USD", "euro", "EUR", "pound", "GBP",
            "shekel", "ILS", "yuan", "JPY/CNY", "yen", "JPY/CNY", "rupee", "INR", "franc", "CHF", "rouble", "RUB",
            "ruble", "RUB");

    /** Compounds that are fixed phrases, not quantities: "two-state solution", "one-sided". */
    static final Set<String> FIXED_COMPOUND_UNITS = Set.of("state", "sided", "off", "on-one", "time", "way", "party",
            "faced", "size-fits-all", "hand", "stop", "shot", "liner", "man-band", "of-a-kind", "horse", "by-four", "and-out");

    /** Nouns after a number that mark it as an identifier rather than a count: "Resolution 1701". */
    static final Set<String> IDENTIFIER_NOUNS = Set.of("resolution", "flight", "boeing", "airbus", "route", "highway",
            "interstate", "article", "chapter", "section", "room", "apollo", "windows", "iphone", "no", "no.", "number",
            "amendment", "bill", "proposition", "prop", "gate", "terminal", "platform", "channel", "level", "phase",
            "grade", "class", "category", "district", "precinct", "block", "building", "unit", "line", "bus", "train",
            "station", "pier", "lane", "exit", "floor", "suite", "ward", "bed", "page", "paragraph", "verse", "psalm",
            "model", "version", "series", "season", "episode", "volume", "issue", "code", "zone", "sector", "camp",
            "squadron", "battalion", "brigade", "division", "regiment", "corps", "fleet", "mk", "su", "mig", "tu",
            "covid", "gen", "pope", "king", "queen", "louis", "henry", "elizabeth", "jean");

    /** Ordinal + noun phrases that are idioms, not ranks: "for the first time", "first-hand". */
    static final Set<String> IDIOMATIC_ORDINAL_NOUNS = Set.of("time", "place", "hand", "glance", "sight", "look",
            "lady", "person", "half", "instance", "priority", "thing", "step", "chance", "degree", "responder",
            "aid", "class", "world", "option", "language", "nature", "wind", "thought", "opinion");

    private Lexicon() {
    }

    static @Nullable ClaimKind counted(String lemma) {
        return COUNTED_NOUNS.get(lemma);
    }

    /**
     * The kind a word form gives in {@code table}, trying the lemma, the word and its bare stem, since the
     * lemmatiser leaves some participles and gerunds ("wounding", "wounded") as they are.
     */
    static @Nullable ClaimKind lookup(Map<String, ClaimKind> table, String word, String lemma) {
        ClaimKind kind = table.get(lemma);
        if (kind != null) {
            return kind;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        kind = table.get(lower);
        if (kind != null) {
            return kind;
        }
        String stem = stem(lower);
        kind = table.get(stem);
        return kind != null ? kind : table.get(stem + "e");
    }

    private static String stem(String word) {
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - (word.endsWith("ied") ? 3 : 2));
        }
        return word;
    }
}
