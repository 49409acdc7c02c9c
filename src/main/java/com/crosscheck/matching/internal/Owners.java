package com.crosscheck.matching.internal;

import com.crosscheck.nlp.Gazetteer;
import org.jspecify.annotations.Nullable;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a figure belongs to, read from the words around it, for labels: the owner of counted trips ("Blinken's
 * fifth trip", "Antony Blinken concluded his fifth trip"), the person an age is given for ("Anthony
 * LaCalamita, 38," or "38-year-old Anthony LaCalamita"), the place a trip goes to, and a short excerpt.
 */
final class Owners {

    /** A possessive name right before the figure's phrase: "Blinken's fifth trip". */
    private static final Pattern POSSESSOR = Pattern.compile("\\b([A-Z][\\p{L}-]+)(?:'s|\u2019s|')\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** A possessive pronoun right before it: "his fifth trip", "his previous four trips". */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}-]+");
    private static final Pattern NAME_BEFORE = Pattern.compile("((?:[A-Z][\\p{L}.'-]+\\s){0,3}[A-Z][\\p{L}.'-]+),\\s*$");
    private static final Pattern NAME_AFTER = Pattern.compile("^[\\s-]*(?:year-old\\s+)?((?:[A-Z][\\p{L}.'-]+\\s?){1,3})");
    private static final Pattern TO_PLACE = Pattern.compile("\\bto (the )?([A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)?)");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "He", "She",
            "It", "They", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "Mr", "Mr.", "Mrs",
            "Ms", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Secretary", "State",
            "President", "Minister", "Prime", "Police", "Officials", "Reuters", "AP", "AFP");

    private Owners() {
    }

    private static String before(ClaimFeatures f) {
        var claim = f.compared().claim();
        int at = Math.max(0, Math.min(claim.span().start() - claim.sentence().start(), f.compared().sentence().length()));
        return f.compared().sentence().substring(0, at);
    }

    private static String after(ClaimFeatures f) {
        var claim = f.compared().claim();
        int end = Math.max(0, Math.min(claim.span().end() - claim.sentence().start(), f.compared().sentence().length()));
        return f.compared().sentence().substring(end);
    }

    /** The person or body a figure's counted thing belongs to, by surname ("Blinken"), or null. */
    static @Nullable String owner(ClaimFeatures f) {
        String before = before(f);
        Matcher possessor = POSSESSOR.matcher(before);
        if (possessor.find() && isName(possessor.group(1))) {
            return possessor.group(1);
        }
        Matcher pronoun = PRONOUN.matcher(before);
        if (!pronoun.find()) {
            return null;
        }
        String last = null;
        Matcher caps = CAPITALISED.matcher(before.substring(0, pronoun.start()));
        while (caps.find()) {
            if (isName(caps.group())) {
                last = caps.group();
            }
        }
        return last;
    }

    private static boolean isName(String word) {
        return !NOT_NAMES.contains(word) && Gazetteer.place(word) == null && Gazetteer.countryOfDemonym(word) == null;
    }

    /** The named place a figure's scope goes to ("the Middle East", "Israel"), or null for none or "the region". */
    static @Nullable String scopePlace(ClaimFeatures f) {
        Matcher m = TO_PLACE.matcher(f.compared().claim().subject());
        while (m.find()) {
            String place = Gazetteer.place(m.group(2));
            if (place == null && m.group(2).contains(" ")) {
                place = Gazetteer.place(m.group(2).substring(0, m.group(2).indexOf(' ')));
            }
            if (place != null) {
                return Gazetteer.isWideRegion(place) ? "the " + place : place;
            }
        }
        return null;
    }

    /** The person an age is given for: "Anthony LaCalamita" in "Anthony LaCalamita, 38," or "38-year-old Anthony LaCalamita". */
    static @Nullable String namedPerson(ClaimFeatures f) {
        Matcher before = NAME_BEFORE.matcher(before(f));
        if (before.find() && isName(before.group(1).split(" ")[0])) {
            return before.group(1);
        }
        Matcher after = NAME_AFTER.matcher(after(f));
        if (after.find() && isName(after.group(1).strip().split(" ")[0])) {
            return after.group(1).strip();
        }
        return null;
    }

    /** The figure with the few words before it and the word after: "pulled over after about 15 minutes". */
    static String excerpt(ClaimFeatures f) {
        String[] before = before(f).strip().split("\\s+");
        String[] after = after(f).strip().split("\\s+");
        var words = new StringBuilder();
        for (int i = Math.max(0, before.length - 4); i < before.length; i++) {
            words.append(before[i]).append(' ');
        }
        words.append(f.compared().claim().text());
        if (after.length > 0 && !after[0].isEmpty()) {
            words.append(' ').append(after[0].replaceAll("[,.;:]+$", ""));
        }
        return words.toString().strip();
    }
}
