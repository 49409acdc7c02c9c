package com.crosscheck.matching.internal;

import com.crosscheck.matching.MatchingDecisions;
import com.crosscheck.matching.MatchingDecisions.ClaimPair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the analysts' "same quantity" decisions after grouping: the groups of two claims put together are
 * merged, unless the merge would put two claims that an analyst kept apart in one group (the later decision
 * to keep them apart wins, so nothing an analyst said is silently overridden by matching).
 */
final class AnalystMerges {

    private AnalystMerges() {
    }

    /** The groups after the merges, members in reading order (the order of {@code features}). */
    static List<Cluster> apply(List<Cluster> clusters, List<ClaimFeatures> features, MatchingDecisions decisions) {
        if (decisions.together().isEmpty()) {
            return clusters;
        }
        Map<String, Cluster> home = new HashMap<>();
        clusters.forEach(c -> c.members().forEach(m -> home.put(m.compared().id(), c)));
        Map<Cluster, Cluster> mergedInto = new IdentityHashMap<>();
        for (ClaimPair pair : decisions.together().stream().sorted(Comparator.comparing(ClaimPair::first)
                .thenComparing(ClaimPair::second)).toList()) {
            Cluster a = root(home.get(pair.first()), mergedInto);
            Cluster b = root(home.get(pair.second()), mergedInto);
            if (a == null || b == null || a == b || keptApart(a, b, decisions)) {
                continue;
            }
            a.absorb(b, "put in this group by an analyst (same quantity as \u201c" + b.members().getFirst().compared().claim().text()
                    + "\u201d)");
            mergedInto.put(b, a);
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            order.put(features.get(i).compared().id(), i);
        }
        var result = new ArrayList<Cluster>();
        for (Cluster cluster : clusters) {
            if (!mergedInto.containsKey(cluster)) {
                result.add(cluster.inOrder(Comparator.comparing(m -> order.getOrDefault(m.compared().id(), Integer.MAX_VALUE))));
            }
        }
        return result;
    }

    private static Cluster root(Cluster cluster, Map<Cluster, Cluster> mergedInto) {
        Cluster c = cluster;
        while (c != null && mergedInto.containsKey(c)) {
            c = mergedInto.get(c);
        }
        return c;
    }

    private static boolean keptApart(Cluster a, Cluster b, MatchingDecisions decisions) {
        for (ClaimFeatures x : a.members()) {
            for (ClaimFeatures y : b.members()) {
                if (decisions.keepsApart(x.compared().id(), y.compared().id())) {
                    return true;
                }
            }
        }
        return false;
    }
}
