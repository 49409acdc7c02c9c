package com.crosscheck.matching.internal;

import com.crosscheck.matching.MatchingDecisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups the claims of one block. Two claims that a rule keeps apart never share a group (complete link: no
 * chains of look-alikes). Among compatible claims, groups are merged best first while their link reaches
 * {@link PairScore#THRESHOLD}: the average, over pairs of their articles, of the articles' best pair score
 * (average link), so that a claim settles with the claims it has most evidence with, not with the first group
 * that merely tolerates it. Blocks too large to compare all
 * their pairs are grouped incrementally instead ({@link IncrementalClusterer}).
 */
final class ClaimClusterer {

    /** Blocks up to this size are grouped by comparing all their pairs. */
    static final int EXACT_LIMIT = 300;

    private final PairScore score;
    private final MatchingDecisions decisions;

    ClaimClusterer(PairScore score, MatchingDecisions decisions) {
        this.score = score;
        this.decisions = decisions;
    }

    /** Whether the rules and the analysts allow two claims in one group. */
    boolean compatible(ClaimFeatures a, ClaimFeatures b) {
        return PairRules.compatible(a, b) && !decisions.keepsApart(a.compared().id(), b.compared().id());
    }

    /** The groups of a block whose claims are in reading order (oldest article first). */
    List<Cluster> cluster(List<ClaimFeatures> block) {
        return block.size() <= EXACT_LIMIT ? agglomerate(block) : new IncrementalClusterer(score, this::compatible).cluster(block);
    }

    private List<Cluster> agglomerate(List<ClaimFeatures> block) {
        int n = block.size();
        double[][] scores = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean compatible = compatible(block.get(i), block.get(j));
                scores[i][j] = scores[j][i] = compatible ? score.of(block.get(i), block.get(j)) : Double.NaN;
            }
        }
        int[] article = articleIndexes(block);
        List<List<Integer>> members = new ArrayList<>();
        int[] version = new int[n];
        var queue = new PriorityQueue<Link>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            for (int j = i + 1; j < n; j++) {
                if (scores[i][j] >= PairScore.THRESHOLD) {
                    queue.add(new Link(scores[i][j], i, j, 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Link link = queue.poll();
            int left = link.left();
            int right = link.right();
            if (members.get(left) == null || members.get(right) == null || version[left] != link.leftVersion()
                    || version[right] != link.rightVersion()) {
                continue; // a group has changed since this link was weighed
            }
            members.get(left).addAll(members.get(right));
            members.set(right, null);
            version[left]++;
            for (int k = 0; k < n; k++) {
                if (k != left && members.get(k) != null) {
                    double weight = linkage(members.get(left), members.get(k), article, scores);
                    if (weight >= PairScore.THRESHOLD) {
                        queue.add(new Link(weight, Math.min(left, k), Math.max(left, k), version[Math.min(left, k)],
                                version[Math.max(left, k)]));
                    }
                }
            }
        }
        var clusters = new ArrayList<Cluster>();
        for (List<Integer> cluster : members) {
            if (cluster != null) {
                clusters.add(withEvidence(cluster.stream().sorted().toList(), block, scores));
            }
        }
        return clusters;
    }

    /** A possible merge of two groups, strongest first, then in reading order. */
    private record Link(double weight, int left, int right, int leftVersion, int rightVersion) implements Comparable<Link> {
        @Override
        public int compareTo(Link other) {
            int byWeight = Double.compare(other.weight, weight);
            return byWeight != 0 ? byWeight : left != other.left ? Integer.compare(left, other.left)
                    : Integer.compare(right, other.right);
        }
    }

    private static int[] articleIndexes(List<ClaimFeatures> block) {
        Map<String, Integer> ids = new HashMap<>();
        int[] article = new int[block.size()];
        for (int i = 0; i < block.size(); i++) {
            article[i] = ids.computeIfAbsent(block.get(i).compared().article(), k -> ids.size());
        }
        return article;
    }

    /**
     * How strongly two groups speak of one quantity: for each pair of their articles, the best score of the
     * articles' claims, averaged over the pairs of articles; no link at all when a rule keeps any two of their
     * claims apart. An article that repeats a figure in a quote is weighed once, by its best mention.
     */
    private static double linkage(List<Integer> a, List<Integer> b, int[] article, double[][] scores) {
        Map<Long, Double> best = new HashMap<>();
        for (int i : a) {
            for (int j : b) {
                if (Double.isNaN(scores[i][j])) {
                    return Double.NEGATIVE_INFINITY;
                }
                best.merge((long) article[i] << 32 | article[j], scores[i][j], Math::max);
            }
        }
        double sum = 0;
        for (double value : best.values()) {
            sum += value;
        }
        return best.isEmpty() ? Double.NEGATIVE_INFINITY : sum / best.size();
    }

    /** A group of claims, each after the first with the pairing to an earlier member that speaks most for it. */
    private Cluster withEvidence(List<Integer> claims, List<ClaimFeatures> block, double[][] scores) {
        var cluster = new Cluster(block.get(claims.getFirst()));
        for (int i = 1; i < claims.size(); i++) {
            int claim = claims.get(i);
            int partner = claims.getFirst();
            for (int earlier : claims.subList(0, i)) {
                if (scores[earlier][claim] > scores[partner][claim]) {
                    partner = earlier;
                }
            }
            cluster.add(block.get(claim), score.evidence(block.get(partner), block.get(claim)));
        }
        return cluster;
    }
}
