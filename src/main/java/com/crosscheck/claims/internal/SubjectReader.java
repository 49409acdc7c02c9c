package com.crosscheck.claims.internal;

import com.crosscheck.nlp.Gazetteer;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Describes what a number counts, in a short phrase built from its own noun phrase and the scope that follows
 * it: "Israeli citizens killed", "trips to the region", "Lebanese civilians displaced". Also finds the place a
 * claim is about.
 */
final class SubjectReader {

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|of the) ");
    private static final Pattern POSSESSIVE_END = Pattern.compile("('s|\u2019s|')$");

    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("to", "in", "from", "across", "inside", "at", "on",
            "since", "into", "near", "throughout");
    private static final Set<String> STOP = Set.of(",", ";", ":", ".", "(", ")", "and", "but", "which", "who", "that",
            "as", "while", "with", "after", "\u2014", "\"", "'");

    private SubjectReader() {
    }

    static String subject(TaggedMention m, ClaimKind kind, String body) {
        List<Token> tokens = m.tokens();
        if (kind == ClaimKind.OTHER && KindRules.isAge(m)) {
            String person = personBefore(m);
            if (person != null) {
                return person;
            }
        }
        int head = m.headNoun();
        if (head >= 0) {
            head = m.compoundEnd(head);
        }
        var words = new ArrayList<String>();
        int scopeFrom;
        if (head >= 0 && kind == ClaimKind.TRIP && tokens.get(head).lemma().equals("time")) {
            words.add("trip"); // "for the 10th time": the 10th trip
            scopeFrom = head + 1;
        } else if (head >= 0) {
            for (int i = m.last() + 1; i <= head; i++) {
                String w = tokens.get(i).text();
                if (!(i == m.last() + 1 && w.equalsIgnoreCase("of"))) {
                    words.add(w);
                }
            }
            scopeFrom = head + 1;
        } else {
            words.add(elidedNoun(m, kind));
            scopeFrom = m.last() + 1;
        }
        String kindWord = kindWord(kind);
        String phrase = LEADING_ARTICLE.matcher(String.join(" ", words)).replaceAll("").replace(" 's", "'s");
        boolean saysKind = head >= 0 && Lexicon.counted(tokens.get(head).lemma()) == kind; // "112 deaths", "14 bodies"
        if (kindWord != null && !saysKind && !phrase.toLowerCase(Locale.ROOT).contains(kindWord.substring(0, 4))) {
            phrase = phrase + " " + kindWord;
        }
        String scope = scope(tokens, scopeFrom);
        return (phrase + (scope.isEmpty() ? "" : " " + scope)).strip();
    }

    /** "Guillermo Hernandez" in "Guillermo Hernandez, 20,": the name an age stands beside. */
    private static @Nullable String personBefore(TaggedMention m) {
        int i = m.first() - 1;
        while (i >= 0 && (m.tokens().get(i).text().equals(",") || m.tokens().get(i).text().equalsIgnoreCase("both"))) {
            i--;
        }
        int end = i;
        while (i >= 0 && end - i < 4 && m.tokens().get(i).is("PROPN")) {
            i--;
        }
        return end > i ? m.tokens().subList(i + 1, end + 1).stream().map(Token::text)
                .collect(java.util.stream.Collectors.joining(" ")) : null;
    }

    /** The noun an ordinal or bare number stands for: "his 11th [trip] to the region". */
    private static String elidedNoun(TaggedMention m, ClaimKind kind) {
        if (kind == ClaimKind.TRIP) {
            return "trip";
        }
        if (kind.isCasualty()) {
            return "people";
        }
        for (int i = m.first() - 1; i >= 0; i--) {
            Token t = m.tokens().get(i);
            if (t.is("NOUN")) {
                return t.text();
            }
        }
        return kind.label();
    }

    private static @Nullable String kindWord(ClaimKind kind) {
        return switch (kind) {
            case KILLED -> "killed";
            case INJURED -> "injured";
            case MISSING -> "missing";
            case DISPLACED -> "displaced";
            case HOSTAGES -> "hostages";
            default -> null;
        };
    }

    /** "to the region", "in southern Lebanon": the prepositional phrase right after the noun, a few words long. */
    private static String scope(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (tokens.get(i).is("VERB") && tokens.get(i).text().endsWith("ed")
                || tokens.get(i).is("ADV"))) {
            i++;
        }
        if (i >= tokens.size() || !SCOPE_PREPOSITIONS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return "";
        }
        var words = new ArrayList<String>();
        words.add(tokens.get(i).text());
        for (int j = i + 1; j < tokens.size() && j <= i + 5; j++) {
            Token t = tokens.get(j);
            if (STOP.contains(t.text().toLowerCase(Locale.ROOT)) || t.is("VERB") || t.is("AUX")) {
                break;
            }
            words.add(t.text());
        }
        return words.size() > 1 ? String.join(" ", words) : "";
    }

    /**
     * The place a claim is about: a gazetteer name or demonym in its own phrase and scope first, then anywhere
     * in its sentence, nearest first.
     */
    static @Nullable String place(TaggedMention m) {
        List<Token> tokens = m.tokens();
        int head = Math.max(m.headNoun(), m.last());
        for (int i = m.first(); i <= Math.min(tokens.size() - 1, head + 6); i++) {
            String place = placeAt(tokens, i);
            if (place != null) {
                return place;
            }
        }
        for (int distance = 1; distance < tokens.size(); distance++) {
            String place = placeIfInside(tokens, m.first() - distance);
            if (place == null) {
                place = placeIfInside(tokens, head + 6 + distance);
            }
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private static @Nullable String placeIfInside(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? placeAt(tokens, i) : null;
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}.-]*(?:\\s[A-Z][\\p{L}.-]*)?");

    /**
     * The last place named in a stretch of text, for claims whose own sentence names none ("the death toll in
     * the enclave" after a sentence about Gaza).
     */
    static @Nullable String lastPlaceIn(String text) {
        String last = null;
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String words = withoutPossessive(m.group());
            String place = Gazetteer.place(words);
            if (place == null && words.contains(" ")) {
                place = Gazetteer.place(words.substring(0, words.indexOf(' ')));
                if (place == null) {
                    place = Gazetteer.place(words.substring(words.indexOf(' ') + 1));
                }
            }
            if (place != null) {
                last = place;
            }
        }
        return last;
    }

    /** The word without a possessive ending: {@link #POSSESSIVE_END} removed, by hand where it can be. */
    private static String withoutPossessive(String word) {
        char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return POSSESSIVE_END.matcher(word).replaceAll(""); // "$" also matches before a final line break
        }
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    private static @Nullable String placeAt(List<Token> tokens, int i) {
        String word = withoutPossessive(tokens.get(i).text());
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        if (i + 1 < tokens.size() && Gazetteer.mayStartName(word)) {
            String two = Gazetteer.place(word + " " + tokens.get(i + 1).text());
            if (two != null) {
                return two;
            }
        }
        String place = Gazetteer.place(word);
        if (place != null) {
            return place;
        }
        // "Indian Ocean", "American Airlines": a demonym before a name is part of the name; at the edge of the
        // tagged window the next word is unknown, so the demonym may be too
        boolean partOfName = i + 1 >= tokens.size() || !tokens.get(i + 1).text().isEmpty()
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
        return partOfName ? null : Gazetteer.countryOfDemonym(word);
    }
}
