package com.crosscheck.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the claims of one block. Two claims that a rule keeps apart never share a group (complete link: no
 * chains of look-alikes). Among compatible claims, groups are merged best first while the average score of
 * their pairs reaches {@link PairScore#THRESHOLD} (average link), so that a claim settles with the claims it
 * has most evidence with, not with the first group that merely tolerates it. Blocks too large to compare all
 * their pairs are grouped incrementally instead: each claim joins the best group of those it fits, judged on
 * a bounded sample of members, which keeps the cost about linear.
 */
final class ClaimClusterer {

    /** Blocks up to this size are grouped by comparing all their pairs. */
    static final int EXACT_LIMIT = 300;
    /** Members a newcomer is checked against at most in an incremental block. */
    private static final int MAX_CHECKED = 24;

    private final PairScore score;

    ClaimClusterer(PairScore score) {
        this.score = score;
    }

    /** The groups of a block whose claims are in reading order (oldest article first). */
    List<Cluster> cluster(List<ClaimFeatures> block) {
        return block.size() <= EXACT_LIMIT ? agglomerate(block) : incremental(block);
    }

    private List<Cluster> agglomerate(List<ClaimFeatures> block) {
        int n = block.size();
        double[][] scores = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean compatible = PairRules.compare(block.get(i), block.get(j)).compatible();
                scores[i][j] = scores[j][i] = compatible ? score.of(block.get(i), block.get(j)) : Double.NaN;
            }
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        double[][] linkage = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                linkage[i][j] = linkage[j][i] = Double.isNaN(scores[i][j]) ? Double.NEGATIVE_INFINITY : scores[i][j];
            }
        }
        while (true) {
            int left = -1;
            int right = -1;
            double best = PairScore.THRESHOLD;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && members.get(i) != null; j++) {
                    if (members.get(j) != null && (linkage[i][j] > best || left < 0 && linkage[i][j] >= best)) {
                        best = linkage[i][j];
                        left = i;
                        right = j;
                    }
                }
            }
            if (left < 0) {
                break;
            }
            members.get(left).addAll(members.get(right));
            members.set(right, null);
            for (int k = 0; k < n; k++) {
                if (k != left && members.get(k) != null) {
                    linkage[left][k] = linkage[k][left] = linkage(members.get(left), members.get(k), block, scores);
                }
            }
        }
        var clusters = new ArrayList<Cluster>();
        for (List<Integer> cluster : members) {
            if (cluster != null) {
                clusters.add(withEvidence(cluster.stream().sorted().map(block::get).toList()));
            }
        }
        return clusters;
    }

    /**
     * How strongly two groups speak of one quantity: for each pair of their articles, the best score of the
     * articles' claims, averaged over the pairs of articles; no link at all when a rule keeps any two of their
     * claims apart. An article that repeats a figure in a quote is weighed once, by its best mention.
     */
    private static double linkage(List<Integer> a, List<Integer> b, List<ClaimFeatures> block, double[][] scores) {
        var best = new java.util.HashMap<String, Double>();
        for (int i : a) {
            for (int j : b) {
                if (Double.isNaN(scores[i][j])) {
                    return Double.NEGATIVE_INFINITY;
                }
                String articles = block.get(i).compared().article() + "\u0000" + block.get(j).compared().article();
                best.merge(articles, scores[i][j], Math::max);
            }
        }
        return best.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NEGATIVE_INFINITY);
    }

    /** A group of claims, each after the first with the pairing to an earlier member that speaks most for it. */
    private Cluster withEvidence(List<ClaimFeatures> claims) {
        var cluster = new Cluster(claims.getFirst());
        for (int i = 1; i < claims.size(); i++) {
            ClaimFeatures claim = claims.get(i);
            ClaimFeatures partner = claims.subList(0, i).stream()
                    .max(Comparator.comparingDouble(m -> score.of(m, claim))).orElseThrow();
            cluster.add(claim, score.evidence(partner, claim));
        }
        return cluster;
    }

    private List<Cluster> incremental(List<ClaimFeatures> block) {
        var clusters = new ArrayList<Cluster>();
        for (ClaimFeatures claim : block) {
            Cluster home = null;
            ClaimFeatures partner = null;
            double best = PairScore.THRESHOLD;
            for (Cluster cluster : clusters) {
                double total = 0;
                ClaimFeatures closest = null;
                double closestScore = -1;
                List<ClaimFeatures> checked = checked(cluster.members());
                for (ClaimFeatures member : checked) {
                    if (!PairRules.compare(member, claim).compatible()) {
                        total = Double.NEGATIVE_INFINITY;
                        break;
                    }
                    double s = score.of(member, claim);
                    total += s;
                    if (s > closestScore) {
                        closestScore = s;
                        closest = member;
                    }
                }
                double average = total / checked.size();
                if (average >= best && (home == null || average > best)) {
                    best = average;
                    home = cluster;
                    partner = closest;
                }
            }
            if (home == null) {
                clusters.add(new Cluster(claim));
            } else {
                home.add(claim, score.evidence(partner, claim));
            }
        }
        return clusters;
    }

    /** The members a newcomer is checked against: all of a small group, the first and latest of a large one. */
    private static List<ClaimFeatures> checked(List<ClaimFeatures> members) {
        if (members.size() <= MAX_CHECKED) {
            return members;
        }
        var sample = new ArrayList<ClaimFeatures>(members.subList(0, MAX_CHECKED / 3));
        sample.addAll(members.subList(members.size() - (MAX_CHECKED - MAX_CHECKED / 3), members.size()));
        return sample;
    }
}
