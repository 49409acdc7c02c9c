package com.crosscheck.nlp.internal;

import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Lemmas from the tag and a few suffix rules plus the common irregular forms. OpenNLP's statistical
 * lemmatiser costs more than tagging itself (it scores thousands of edit classes per token); news rules only
 * need the base forms of nouns and verbs.
 */
public final class RuleLemmatizer {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            entry("people", "people"), entry("men", "man"), entry("women", "woman"), entry("children", "child"),
            entry("lives", "life"), entry("feet", "foot"), entry("teeth", "tooth"), entry("mice", "mouse"),
            entry("was", "be"), entry("were", "be"), entry("is", "be"), entry("are", "be"), entry("been", "be"),
            entry("am", "be"), entry("has", "have"), entry("had", "have"), entry("did", "do"), entry("does", "do"),
            entry("died", "die"), entry("dying", "die"), entry("fled", "flee"), entry("fleeing", "flee"),
            entry("took", "take"), entry("taken", "take"), entry("held", "hold"), entry("fell", "fall"),
            entry("fallen", "fall"), entry("rose", "rise"), entry("risen", "rise"), entry("left", "leave"),
            entry("made", "make"), entry("said", "say"), entry("told", "tell"), entry("went", "go"), entry("gone", "go"),
            entry("struck", "strike"), entry("hit", "hit"), entry("shot", "shoot"), entry("hurt", "hurt"),
            entry("slain", "slay"), entry("grew", "grow"), entry("grown", "grow"), entry("brought", "bring"),
            entry("caught", "catch"), entry("found", "find"), entry("sought", "seek"), entry("kept", "keep"),
            entry("began", "begin"), entry("begun", "begin"), entry("came", "come"), entry("saw", "see"),
            entry("seen", "see"), entry("gave", "give"), entry("given", "give"), entry("ran", "run"),
            entry("casualties", "casualty"), entry("fatalities", "fatality"), entry("injuries", "injury"),
            entry("bodies", "body"), entry("deaths", "death"), entry("data", "data"), entry("news", "news"),
            entry("series", "series"), entry("species", "species"), entry("headquarters", "headquarters"));

    private RuleLemmatizer() {
    }

    public static String lemma(String word, String tag) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
            return singular(w);
        }
        if (tag.startsWith("VERB") || tag.startsWith("AUX")) {
            return verbBase(w);
        }
        return w;
    }

    private static String singular(String w) {
        if (w.length() <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    private static String verbBase(String w) {
        if (w.endsWith("ing") && w.length() > 5) {
            return restoreE(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ied") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return restoreE(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "kill" from "killing", "injure" from "injuring", "stop" from "stopping". */
    private static String restoreE(String stem) {
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (stem.endsWith("ur") || stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("uc") || stem.endsWith("ag")
                || stem.endsWith("cr") || stem.endsWith("ov") || stem.endsWith("iv") || stem.endsWith("av") || stem.endsWith("ac")
                || stem.endsWith("ung") || stem.endsWith("erg") || stem.endsWith("ut") && !stem.endsWith("out")
                || stem.endsWith("ir") || stem.endsWith("os") || stem.endsWith("ud")) {
            return stem + "e";
        }
        return stem;
    }
}
