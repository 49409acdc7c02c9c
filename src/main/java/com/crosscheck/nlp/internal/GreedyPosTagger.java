package com.crosscheck.nlp.internal;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Greedy (beam 1) tagging with the maximum-entropy model of an OpenNLP POS model: the tags of {@code POSTaggerME}
 * at beam size 1, bit for bit, at a fraction of its cost. OpenNLP builds a dozen feature strings per token and
 * looks each up in a hash map, allocates a probability array and a search queue per token and exponentiates
 * every score. Here the features a word contributes (suffixes, prefixes, its lower-case form in each window
 * position, its class) are resolved once per distinct word, and the scores of those that come first are summed
 * once too; the weights sit in one flat array, and the best tag is the largest raw score: the exponential and the
 * normalisation do not change the order.
 * Scores are summed in OpenNLP's feature order, so they are the same doubles; only near-ties, where rounding in
 * the normalisation could decide, are settled by OpenNLP's own arithmetic.
 * <p>
 * Mirrors the feature generator of the UD English model ({@code generator.featuregen}): outcome prior, suffixes
 * and prefixes up to 4, lower-case tokens in a ±2 window, sentence begin in a ±2 window, token class, word and
 * class, previous tag and previous two tags. {@code GreedyPosTaggerTest} checks it against {@code POSTaggerME}.
 */
final class GreedyPosTagger {

    private static final String BEGIN = "S=begin";
    private static final int AFFIX_LENGTH = 4;
    /** Distinct words kept (about 300 bytes each, 30 MB at most); beyond this, words are resolved on each use. */
    private static final int WORD_CACHE_LIMIT = 100_000;
    /** Raw scores closer than this are settled the way OpenNLP settles them (it is far above rounding error). */
    private static final double NEAR_TIE = 1e-9;

    /**
     * What one word contributes: {@code start}, the scores after the features that come first and depend on the
     * word alone (prior, suffixes, prefixes, lower-case form), summed in OpenNLP's order so they are the same
     * doubles; then the ids of its later features, -1 where the model does not know the feature.
     */
    private record Word(double[] start, int asBefore1, int asBefore2, int asAfter1, int asAfter2, int wordClass,
            int wordAndClass) {
    }

    private final String[] tags;
    private final double logPrior;
    private final Map<String, Integer> ids;
    /**
     * Feature id → its entries {@code [offsets[id], offsets[id + 1])} in {@link #entries}, each an outcome index
     * followed by its weight: side by side, a feature's weights are read from one stretch of memory.
     */
    private final int[] offsets;
    private final double[] entries;
    private final int prior;
    private final int begin;
    private final int beginBefore1;
    private final int beginBefore2;
    /** "t=" + the previous tag, by tag index. */
    private final int[] previous;
    /** "t2=" + the tag before the previous + "," + the previous, by tag indices. */
    private final int[][] previousTwo;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final ThreadLocal<double[]> scores;

    @SuppressWarnings("unchecked")
    GreedyPosTagger(POSModel model) {
        Object[] data = model.<AbstractModel>getArtifact("pos.model").getDataStructures();
        var contexts = (Map<String, Context>) data[1];
        tags = ((String[]) data[2]).clone();
        logPrior = StrictMath.log(1.0 / tags.length); // OpenNLP's UniformPrior
        ids = new HashMap<>(contexts.size() * 2);
        offsets = new int[contexts.size() + 1];
        entries = new double[2 * contexts.values().stream().mapToInt(c -> c.getOutcomes().length).sum()];
        int id = 0;
        int at = 0;
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            ids.put(e.getKey(), id);
            offsets[id] = at;
            int[] o = e.getValue().getOutcomes();
            double[] weights = e.getValue().getParameters();
            for (int k = 0; k < o.length; k++) {
                entries[at++] = o[k];
                entries[at++] = weights[k];
            }
            offsets[++id] = at;
        }
        prior = id("def");
        begin = id(BEGIN);
        beginBefore1 = id("p1" + BEGIN);
        beginBefore2 = id("p2" + BEGIN);
        previous = new int[tags.length];
        previousTwo = new int[tags.length][tags.length];
        for (int p = 0; p < tags.length; p++) {
            previous[p] = id("t=" + tags[p]);
            for (int q = 0; q < tags.length; q++) {
                previousTwo[p][q] = id("t2=" + tags[p] + "," + tags[q]);
            }
        }
        scores = ThreadLocal.withInitial(() -> new double[tags.length]);
    }

    private int id(String feature) {
        Integer id = ids.get(feature);
        return id == null ? -1 : id;
    }

    /** The tags of {@code tokens}, a sentence or a window of one, as the model's outcome names. */
    String[] tag(String[] tokens) {
        var found = new String[tokens.length];
        var known = new Word[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            known[i] = word(tokens[i]);
        }
        int[] chosen = new int[tokens.length];
        double[] sums = scores.get();
        for (int i = 0; i < tokens.length; i++) {
            Word w = known[i];
            System.arraycopy(w.start(), 0, sums, 0, sums.length);
            if (i >= 1) {
                add(sums, known[i - 1].asBefore1());
            }
            if (i >= 2) {
                add(sums, known[i - 2].asBefore2());
            }
            if (i + 1 < tokens.length) {
                add(sums, known[i + 1].asAfter1());
            }
            if (i + 2 < tokens.length) {
                add(sums, known[i + 2].asAfter2());
            }
            add(sums, i == 0 ? begin : i == 1 ? beginBefore1 : i == 2 ? beginBefore2 : -1);
            add(sums, w.wordClass());
            add(sums, w.wordAndClass());
            if (i >= 1) {
                add(sums, previous[chosen[i - 1]]);
            }
            if (i >= 2) {
                add(sums, previousTwo[chosen[i - 2]][chosen[i - 1]]);
            }
            chosen[i] = best(sums);
            found[i] = tags[chosen[i]];
        }
        return found;
    }

    private void add(double[] sums, int feature) {
        if (feature < 0) {
            return;
        }
        for (int k = offsets[feature], end = offsets[feature + 1]; k < end; k += 2) {
            sums[(int) entries[k]] += entries[k + 1];
        }
    }

    /** The highest score, the first on ties, as OpenNLP's search picks it from the normalised probabilities. */
    private static int best(double[] sums) {
        int best = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[o] > sums[best]) {
                best = o;
            }
        }
        for (int o = 0; o < sums.length; o++) {
            if (o != best && sums[best] - sums[o] < NEAR_TIE) {
                return bestProbability(sums);
            }
        }
        return best;
    }

    /** OpenNLP's arithmetic: exponentiate, normalise, keep the first outcome with the highest probability. */
    private static int bestProbability(double[] sums) {
        double[] probabilities = new double[sums.length];
        double normal = 0;
        for (int o = 0; o < sums.length; o++) {
            probabilities[o] = StrictMath.exp(sums[o]);
            normal += probabilities[o];
        }
        int best = 0;
        for (int o = 0; o < sums.length; o++) {
            probabilities[o] /= normal;
            if (probabilities[o] > probabilities[best]) {
                best = o;
            }
        }
        return best;
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            w = resolve(token);
            if (words.size() < WORD_CACHE_LIMIT) {
                words.put(token, w);
            }
        }
        return w;
    }

    private Word resolve(String token) {
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        int[] own = new int[2 * affixes + 1];
        int n = 0;
        for (int i = 0; i < affixes; i++) {
            own[n++] = id("suf=" + token.substring(Math.max(token.length() - i - 1, 0)));
        }
        for (int i = 0; i < affixes; i++) {
            own[n++] = id("pre=" + token.substring(0, Math.min(i + 1, token.length())));
        }
        String lower = StringUtil.toLowerCase(token);
        own[n] = id("w=" + lower);
        double[] start = new double[tags.length];
        Arrays.fill(start, logPrior);
        add(start, prior);
        for (int feature : own) {
            add(start, feature);
        }
        String wordClass = FeatureGeneratorUtil.tokenFeature(token);
        return new Word(start, id("p1w=" + lower), id("p2w=" + lower),
                id("n1w=" + lower), id("n2w=" + lower), id("wc=" + wordClass), id("w&c=" + lower + "," + wordClass));
    }
}
