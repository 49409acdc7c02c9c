package com.crosscheck.nlp;

import com.crosscheck.nlp.internal.RuleLemmatizer;

/**
 * Base forms of single words without tagging them, by the analyser's own rules: nouns to the singular
 * ("villages" → "village", "casualties" → "casualty", "children" → "child"), verb forms to the base
 * ("killing", "killed" → "kill"). For comparing words of different texts, not for display.
 */
public final class Lemmas {

    private Lemmas() {
    }

    /** The singular of a noun, in lower case. */
    public static String noun(String word) {
        return RuleLemmatizer.lemma(word, "NOUN");
    }

    /** The base form of a word of unknown part of speech: "-ing" and "-ed" forms as verbs, others as nouns. */
    public static String word(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean verbForm = lower.length() > 5 && (lower.endsWith("ing") || lower.endsWith("ed"));
        return RuleLemmatizer.lemma(word, verbForm ? "VERB" : "NOUN");
    }
}
