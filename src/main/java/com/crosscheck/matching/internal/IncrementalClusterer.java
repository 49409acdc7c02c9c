package com.crosscheck.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Groups a block too large to compare all its pairs, in about linear time: each claim joins the best of the
 * groups it may fit, or starts its own. The same rules keep claims apart and the same score and threshold
 * decide as in {@link ClaimClusterer}, but judged on a bounded sample of each group's members and only for the
 * groups found through an index of telling values and rare words.
 */
final class IncrementalClusterer {

    /** Members a newcomer is checked against at most. */
    private static final int MAX_CHECKED = 24;
    /** Groups a newcomer is weighed against at most: those it shares most keys with. */
    private static final int MAX_CANDIDATES = 32;

    private final PairScore score;
    private final BiPredicate<ClaimFeatures, ClaimFeatures> compatible;

    IncrementalClusterer(PairScore score, BiPredicate<ClaimFeatures, ClaimFeatures> compatible) {
        this.score = score;
        this.compatible = compatible;
    }

    /**
     * Each claim joins the best of the groups it may fit, judged on a bounded sample of members. Candidate groups
     * are found through an index of telling values and rare words, so that a claim is weighed against the few
     * groups it has evidence with, not all groups of a large block.
     */
    List<Cluster> cluster(List<ClaimFeatures> block) {
        var clusters = new ArrayList<Cluster>();
        Map<String, Set<Cluster>> index = new HashMap<>();
        Map<Cluster, Integer> created = new IdentityHashMap<>();
        for (ClaimFeatures claim : block) {
            List<String> keys = score.keys(claim);
            Map<Cluster, Integer> shared = new IdentityHashMap<>();
            keys.forEach(key -> index.getOrDefault(key, Set.of()).forEach(c -> shared.merge(c, 1, Integer::sum)));
            Cluster home = null;
            ClaimFeatures partner = null;
            double best = PairScore.THRESHOLD;
            // most shared keys first, then the oldest group, so that the outcome does not depend on hashing
            List<Cluster> candidates = shared.entrySet().stream()
                    .sorted(Map.Entry.<Cluster, Integer>comparingByValue().reversed()
                            .thenComparing(e -> created.get(e.getKey())))
                    .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
            for (Cluster cluster : candidates) {
                double total = 0;
                ClaimFeatures closest = null;
                double closestScore = -1;
                List<ClaimFeatures> checked = checked(cluster.members());
                for (ClaimFeatures member : checked) {
                    if (!compatible.test(member, claim)) {
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
                home = new Cluster(claim);
                created.put(home, clusters.size());
                clusters.add(home);
            } else {
                home.add(claim, score.evidence(partner, claim));
            }
            for (String key : keys) {
                index.computeIfAbsent(key, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(home);
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
