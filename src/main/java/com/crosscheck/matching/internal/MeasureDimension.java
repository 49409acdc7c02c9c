package com.crosscheck.matching.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a measure measures, read from its unit and the words around it: a magnitude, a speed, a depth or a
 * distance. Head words do not tell "10 km deep" from "55 km south of Takengon", and a conversion in brackets
 * ("10 kilometres (6.2 miles)") measures what the figure before it measures.
 */
final class MeasureDimension {

    static final String MAGNITUDE = "magnitude";
    static final String SPEED = "speed";
    static final String DEPTH = "depth";
    static final String DISTANCE = "distance";
    static final String AGE = "age";

    /** Words that say what a length is; the one nearest the number decides. */
    private static final Map<String, List<String>> LENGTH_WORDS = Map.of(
            DEPTH, List.of("depth", "deep", "beneath", "underground", "below the"),
            DISTANCE, List.of(" from ", " away", " off ", "outside", "north", "south", "east", "west", "border",
                    "wide", "long", "radius", "pursuit", "chase"));
    private static final Pattern PER_HOUR = Pattern.compile("^\\s*(?:/h\\b|an hour|per hour|a hour|kph|km/h)");
    private static final Pattern MAGNITUDE_WORDS = Pattern.compile("(?i)magnitude|richter");
    private static final Pattern BRACKETED_AFTER_FIGURE = Pattern.compile("(\\d[\\d,.]*|\\b[a-z]+)\\s*[\\p{L}.-]*\\s*\\($");
    private static final int WINDOW = 60;
    /** "south of the town of Bireun", "from the provincial capital Banda Aceh", "off Banda Aceh". */
    private static final Pattern REFERENCE = Pattern.compile(
            "^[^.;:]{0,30}?\\b(?:of|from|off)\\s+(?:the\\s+)?([\\p{L}\\s'-]{2,45}?)(?=[,.;:()]|\\s(?:and|in|on|at|where|which|said|according)\\b|$)");
    private static final java.util.Set<String> GENERIC_REFERENCE = java.util.Set.of("the", "town", "city", "village",
            "capital", "provincial", "province", "district", "island", "port", "coast", "of", "tense", "a", "an");

    private MeasureDimension() {
    }

    /**
     * The dimension of a claim at offset {@code at} of {@code sentence}: for measures one of the constants or,
     * for other units, the unit; for ages {@link #AGE}; otherwise empty.
     */
    static String of(Claim claim, String sentence, int at) {
        if (claim.kind() == ClaimKind.OTHER) {
            return isAge(claim, sentence, at) ? AGE : "";
        }
        if (claim.kind() != ClaimKind.MEASURE) {
            return "";
        }
        String unit = claim.quantity().unit().toLowerCase(Locale.ROOT);
        int end = Math.min(sentence.length(), at + claim.text().length());
        if (unit.contains(MAGNITUDE)) {
            return MAGNITUDE;
        }
        if (unit.equals("mph") || unit.contains("/h") || PER_HOUR.matcher(sentence.substring(end)).find()) {
            return SPEED;
        }
        if (!ValueRange.isLength(unit)) {
            String before = sentence.substring(Math.max(0, at - WINDOW), at);
            return MAGNITUDE_WORDS.matcher(before).find() || MAGNITUDE_WORDS.matcher(sentence.substring(end,
                    Math.min(sentence.length(), end + 25))).find() ? MAGNITUDE : unit;
        }
        return lengthDimension(sentence.toLowerCase(Locale.ROOT), anchor(sentence, at), end);
    }

    /** A figure in brackets after another figure is its conversion: read the words around the first one. */
    private static int anchor(String sentence, int at) {
        var before = BRACKETED_AFTER_FIGURE.matcher(sentence.substring(Math.max(0, at - 30), at));
        return before.find() ? Math.max(0, at - 30) + before.start() : at;
    }

    private static String lengthDimension(String sentence, int at, int end) {
        int from = Math.max(0, at - WINDOW);
        int to = Math.min(sentence.length(), end + WINDOW);
        String nearest = DISTANCE;
        int best = Integer.MAX_VALUE;
        for (var entry : LENGTH_WORDS.entrySet()) {
            for (String word : entry.getValue()) {
                for (int i = sentence.indexOf(word, from); i >= 0 && i < to; i = sentence.indexOf(word, i + 1)) {
                    int distance = i < at ? at - i - word.length() : i - end;
                    if (distance >= 0 && distance < best) {
                        best = distance;
                        nearest = entry.getKey();
                    }
                }
            }
        }
        return nearest;
    }

    /**
     * The place a distance is measured from, as the words of its reference phrase ("55 km south of the town of
     * Bireun" → {bireun}); empty when none follows the figure.
     */
    static java.util.Set<String> reference(String sentence, int end) {
        var m = REFERENCE.matcher(sentence.substring(Math.min(end, sentence.length())));
        var words = new java.util.LinkedHashSet<String>();
        if (m.find()) {
            for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[\\s']+")) {
                if (w.length() > 1 && !GENERIC_REFERENCE.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** The reference phrase as written, for labels: "the town of Bireun", "the provincial capital Banda Aceh". */
    static String referencePhrase(ClaimFeatures f) {
        var claim = f.compared().claim();
        String sentence = f.compared().sentence();
        int end = Math.min(sentence.length(), claim.span().end() - claim.sentence().start());
        var m = REFERENCE.matcher(sentence.substring(Math.max(0, end)));
        return m.find() ? (m.group(0).contains(" the " + m.group(1)) ? "the " : "") + m.group(1).strip() : "";
    }

    /** Whether two reference phrases name one place, allowing one spelling difference ("Bireun", "Bireuen"). */
    static boolean sameReference(java.util.Set<String> a, java.util.Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || x.length() > 4 && y.length() > 4 && oneEditApart(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        String restX = x.substring(Math.min(x.length(), i + (x.length() >= y.length() ? 1 : 0)));
        String restY = y.substring(Math.min(y.length(), i + (y.length() >= x.length() ? 1 : 0)));
        return restX.equals(restY);
    }

    /** "38-year-old", "Riva, 47, of", "aged 63", "ages 47 and 48". */
    private static boolean isAge(Claim claim, String sentence, int at) {
        if (claim.text().contains("-old") || claim.quantity().unit().contains("year-old")) {
            return true;
        }
        String around = sentence.substring(Math.max(0, at - 12), Math.min(sentence.length(), at + claim.text().length() + 6));
        String number = Pattern.quote(claim.text());
        return around.matches("(?s).*(\\p{L}, " + number + "(,|\\.|;| of | and )"
                + "|\\bage[sd]? (\\d{1,3},? and )?" + number + "\\b).*");
    }
}
