package com.crosscheck.matching.internal;

import com.crosscheck.nlp.Lemmas;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lexical evidence of a claim: the content words of its sentence in base form, and how telling each word
 * is within one comparison (rare words tell more than the words every article uses). Two outlets copying one
 * wire report share most of them; a doctor's count at one clinic and the province's toll share few.
 */
final class SentenceWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("('s|\u2019s|'|\u2019)$");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "as", "into", "onto", "over", "under", "after", "before", "since", "about",
            "around", "than", "more", "less", "least", "most", "some", "other", "others", "another", "all", "any",
            "each", "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their",
            "we", "our", "you", "i", "who", "whom", "which", "what", "when", "where", "while", "there", "here", "be",
            "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
            "could", "should", "may", "might", "can", "not", "no", "also", "just", "so", "said", "say", "says",
            "told", "according", "up", "out", "only", "still", "very", "such", "if", "then", "now", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent", "first",
            "second", "third", "mr", "mrs", "ms", "per", "nearly", "almost", "roughly", "approximately",
            "estimated", "reported", "reportedly", "people");

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private double[] weights = new double[0];
    private final Map<Set<String>, int[]> idsOfSentence = new IdentityHashMap<>();
    private int documents;
    private int unknown;

    /** Counts the words of each sentence of a comparison, once per sentence. */
    SentenceWords(Collection<Set<String>> sentences) {
        for (Set<String> words : sentences) {
            documents++;
            words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        weights = new double[documentFrequency.size()];
        documentFrequency.forEach((word, df) -> {
            int id = ids.size();
            ids.put(word, id);
            weights[id] = Math.log((documents + 1.0) / (df + 1.0));
        });
    }

    /** The content words of a sentence in base form: no function words, numbers or number words. */
    static Set<String> of(String sentence) {
        var words = new LinkedHashSet<String>();
        var m = WORD.matcher(sentence);
        while (m.find()) {
            String word = POSSESSIVE.matcher(m.group()).replaceAll("").toLowerCase(Locale.ROOT);
            // "three-phase", "six-year-old": a number written as a word is a value, not a content word
            boolean numberCompound = word.indexOf('-') > 0 && STOP.contains(word.substring(0, word.indexOf('-')));
            if (word.length() > 1 && !STOP.contains(word) && !numberCompound) {
                String lemma = Lemmas.word(word);
                if (!STOP.contains(lemma)) {
                    words.add(lemma);
                }
            }
        }
        return Set.copyOf(words);
    }

    /** How telling a word is: words in every sentence weigh nothing, a word of one sentence the most. */
    double weight(String word) {
        int df = documentFrequency.getOrDefault(word, 0);
        return Math.log((documents + 1.0) / (df + 1.0));
    }

    /** Whether a word is in at most a thousandth of the sentences (and at least in a few): an index key. */
    boolean isRare(String word) {
        return documentFrequency.getOrDefault(word, 0) <= Math.max(3, documents / 1000);
    }

    /** The weighted share of the two sentences' words that they have in common, from 0 to 1. */
    double similarity(Set<String> a, Set<String> b) {
        int[] x = idsOf(a);
        int[] y = idsOf(b);
        double shared = 0;
        double all = 0;
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (j >= y.length || i < x.length && x[i] < y[j]) {
                all += weightOf(x[i++]);
            } else if (i >= x.length || y[j] < x[i]) {
                all += weightOf(y[j++]);
            } else {
                double w = weightOf(x[i]);
                shared += w;
                all += w;
                i++;
                j++;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /** The ids of a sentence's words in order, worked out once per sentence; words never counted get -1 and up. */
    private int[] idsOf(Set<String> words) {
        int[] known = idsOfSentence.get(words);
        if (known == null) {
            known = words.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> -1 - unknown++)).sorted().toArray();
            idsOfSentence.put(words, known);
        }
        return known;
    }

    /** A word of no counted sentence weighs as much as a word of one sentence. */
    private double weightOf(int id) {
        return id >= 0 ? weights[id] : Math.log((documents + 1.0) / 1.0);
    }

    /** The most telling shared words, for evidence ("received, injuries, walls"). */
    java.util.List<String> sharedWords(Set<String> a, Set<String> b, int limit) {
        return a.stream().filter(b::contains)
                .sorted(java.util.Comparator.comparingDouble((String w) -> -weight(w)).thenComparing(w -> w))
                .limit(limit).toList();
    }
}
