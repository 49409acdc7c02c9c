package com.crosscheck.claims.internal;

import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who states a figure, within its sentence: "according to the Hamas-run health ministry", "officials
 * said", "the UN reported", "said the Health Ministry", "citing local authorities". Null when the outlet speaks
 * in its own voice.
 */
final class SourceReader {

    private static final Pattern NOT_A_SPEAKER = Pattern.compile("(?i)(the\\s+)?(on|in|that|it|he|she|they)");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(he|she|they|it|we|i|you|this|that)");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String[] SPEECH_WORDS = {"said", "says", "say", "told", "tells", "reported", "reports",
        "announced", "announces", "confirmed", "confirms", "estimated", "estimates", "stated", "states", "added",
        "noted", "claimed", "claims", "warned", "warns", "tallied", "counted"};
    private static final String SPEECH = "(?:" + String.join("|", SPEECH_WORDS) + ")";
    private static final Scan.Words SPEECH_VERBS = new Scan.Words(SPEECH_WORDS);
    private static final String[] ATTRIBUTIONS = {"according to", "citing", "as reported by", "figures from", "data from"};
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\b(?:according to|citing|as reported by|figures from|data from)\\s+(?:the\\s+)?([^,.;:()\"\u201c\u201d]{2,80}?)"
                    + "(?=\\s*(?:[,.;:()\"\u201c\u201d]|$| on \\w+day| in a | who | which | that ))");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "((?:the\\s+)?(?:[A-Z][\\w.'\u2019-]*\\s+){0,5}(?:[A-Z][\\w.'\u2019-]*|officials|authorities|police|ministry"
                    + "|officers|rescuers|witnesses|residents|experts|spokesman|spokeswoman|spokesperson|agency|army|military"
                    + "|government|organizers|doctors|medics|hospital))\\s+(?:has |have |had )?$");
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "\\b" + SPEECH + "\\s+((?:the\\s+)?(?:[A-Z][\\w.'\u2019-]*)(?:\\s+[A-Z][\\w.'\u2019-]*){0,5})");

    /** "the interior ministry put the toll at 214", "officials gave a death toll of 40": who gives the figure. */
    private static final Pattern PUT_AT = Pattern.compile(
            "(?i)(?<=\\s)(?:puts?|gave|gives)\\s+(?:the|its|their|a)\\s+(?:[\\w-]+\\s+){0,2}(?:toll|figure|number|tally|count"
                    + "|estimate)\\b");

    private SourceReader() {
    }

    private static final String[] CUE_PHRASES = {"according", "citing", "reported by", "figures from", "data from"};
    private static final Pattern CUES = Pattern.compile("(?i)according|citing|reported by|figures from|data from|\\b"
            + SPEECH + "\\b");
    private static final Pattern SPEECH_VERB = Pattern.compile("\\b" + SPEECH + "\\b");

    /*
     * Each pattern starts with one of a few literal words. A plain scan finds the first place where it could
     * match, and the pattern runs from there: the same matches as running it over the whole sentence, without
     * trying every alternative at every character. Where the scan finds nothing, the pattern cannot match.
     */
    static @Nullable String source(String sentence) {
        String lower = Scan.asciiLowerCase(sentence); // case-insensitive scans look here, at the same offsets
        if (lower.contains(" put") || lower.contains(" gave ") || lower.contains(" gives ")) {
            Matcher putAt = PUT_AT.matcher(sentence);
            if (putAt.find()) {
                Matcher before = SPEAKER_BEFORE.matcher(sentence).region(Math.max(0, putAt.start() - 80), putAt.start());
                if (before.find()) {
                    return clean(before.group(1));
                }
            }
        }
        int speechIgnoringCase = Scan.firstWord(lower, 0, false, SPEECH_VERBS);
        int cue = earliest(speechIgnoringCase, Scan.first(lower, CUE_PHRASES));
        if (cue < 0 || !CUES.matcher(sentence).find(cue)) {
            return null; // most sentences name no source
        }
        int attribution = Scan.first(lower, ATTRIBUTIONS);
        if (attribution >= 0) {
            Matcher according = ACCORDING_TO.matcher(sentence);
            if (according.find(attribution)) {
                return clean(according.group(1));
            }
        }
        // a speech verb in lower case comes no earlier than one in any case
        int speech = speechIgnoringCase < 0 ? -1 : Scan.firstWord(sentence, speechIgnoringCase, false, SPEECH_VERBS);
        if (speech < 0) {
            return null; // the patterns below need a speech verb in lower case
        }
        // the first speech verb with a capitalised speaker after it: tried at each speech verb in turn
        Matcher after = SPEAKER_AFTER.matcher(sentence).useTransparentBounds(true);
        for (int verb = speech; verb >= 0; verb = Scan.firstWord(sentence, verb + 1, false, SPEECH_VERBS)) {
            if (after.region(verb, sentence.length()).lookingAt()) {
                if (!NOT_A_SPEAKER.matcher(after.group(1)).matches()) {
                    return clean(after.group(1));
                }
                break;
            }
        }
        // the speaker before the last speech verb: matched only on the few words before each verb
        Matcher verb = SPEECH_VERB.matcher(sentence);
        String found = null;
        for (int from = speech; from >= 0 && verb.find(from); from = Scan.firstWord(sentence, verb.end(), false, SPEECH_VERBS)) {
            if (!mayEndWithSpeaker(sentence, verb.start())) {
                continue;
            }
            Matcher before = SPEAKER_BEFORE.matcher(sentence).region(Math.max(0, verb.start() - 80), verb.start());
            if (before.find()) {
                found = before.group(1);
            }
        }
        return found == null ? null : clean(found);
    }

    private static final String[] SPEAKER_NOUNS = {"officials", "authorities", "police", "ministry", "officers",
        "rescuers", "witnesses", "residents", "experts", "spokesman", "spokeswoman", "spokesperson", "agency", "army",
        "military", "government", "organizers", "doctors", "medics", "hospital"};

    /**
     * Whether {@link #SPEAKER_BEFORE} can match right before {@code verb}: its speaker ends in a capitalised
     * word or one of its nouns, then white space. "the company said" cannot; the pattern is not tried there.
     */
    private static boolean mayEndWithSpeaker(String sentence, int verb) {
        int end = verb;
        while (end > 0 && Scan.isSpace(sentence.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isSpeakerChar(sentence.charAt(start - 1))) {
            start--;
        }
        String last = sentence.substring(start, end);
        if (end == verb || last.equals("has") || last.equals("have") || last.equals("had")) {
            return end < verb; // "... has said": the pattern decides
        }
        for (int i = start; i < end; i++) {
            if (sentence.charAt(i) >= 'A' && sentence.charAt(i) <= 'Z') {
                return true;
            }
        }
        for (String noun : SPEAKER_NOUNS) {
            if (last.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code [\\w.'\u2019-]}. */
    private static boolean isSpeakerChar(char c) {
        return Scan.isWordChar(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-';
    }

    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static @Nullable String clean(String source) {
        String s = WHITESPACE.matcher(LEADING_THE.matcher(source.strip()).replaceAll("")).replaceAll(" ");
        if (s.isEmpty() || PRONOUN.matcher(s).matches()) {
            return null;
        }
        return s;
    }
}
