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

    private static final String SPEECH = "(?:said|says|say|told|tells|reported|reports|announced|announces|confirmed"
            + "|confirms|estimated|estimates|stated|states|added|noted|claimed|claims|warned|warns|tallied|counted)";
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\b(?:according to|citing|as reported by|figures from|data from)\\s+(?:the\\s+)?([^,.;:()\"\u201c\u201d]{2,80}?)"
                    + "(?=\\s*(?:[,.;:()\"\u201c\u201d]|$| on \\w+day| in a | who | which | that ))");
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "((?:the\\s+)?(?:[A-Z][\\w.'\u2019-]*\\s+){0,5}(?:[A-Z][\\w.'\u2019-]*|officials|authorities|police|ministry"
                    + "|officers|rescuers|witnesses|residents|experts|spokesman|spokeswoman|spokesperson|agency|army|military"
                    + "|government|organizers|doctors|medics|hospital))\\s+(?:has |have |had )?$");
    private static final Pattern SPEECH_VERB = Pattern.compile("\\b" + SPEECH + "\\b");
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "\\b" + SPEECH + "\\s+((?:the\\s+)?(?:[A-Z][\\w.'\u2019-]*)(?:\\s+[A-Z][\\w.'\u2019-]*){0,5})");

    private SourceReader() {
    }

    private static final Pattern CUES = Pattern.compile("(?i)according|citing|reported by|figures from|data from|\\b" + SPEECH + "\\b");

    static @Nullable String source(String sentence) {
        if (!CUES.matcher(sentence).find()) {
            return null; // most sentences name no source: one cheap scan instead of three slow ones
        }
        Matcher according = ACCORDING_TO.matcher(sentence);
        if (according.find()) {
            return clean(according.group(1));
        }
        Matcher after = SPEAKER_AFTER.matcher(sentence);
        if (after.find() && !NOT_A_SPEAKER.matcher(after.group(1)).matches()) {
            return clean(after.group(1));
        }
        // the speaker before the last speech verb: matched only on the few words before each verb
        Matcher verb = SPEECH_VERB.matcher(sentence);
        String found = null;
        while (verb.find()) {
            Matcher before = SPEAKER_BEFORE.matcher(sentence).region(Math.max(0, verb.start() - 80), verb.start());
            if (before.find()) {
                found = before.group(1);
            }
        }
        return found == null ? null : clean(found);
    }

    private static @Nullable String clean(String source) {
        String s = LEADING_THE.matcher(source.strip()).replaceAll("").replaceAll("\\s+", " ");
        if (s.isEmpty() || PRONOUN.matcher(s).matches()) {
            return null;
        }
        return s;
    }
}
