package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Section;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.ClaimMatcher;
import com.crosscheck.matching.ComparedClaim;
import com.crosscheck.matching.MatchingDecisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups claims in three steps: block on kind, unit family and proposal (so that only plausible pairs are
 * ever compared), group each block's compatible claims by their evidence ({@link ClaimClusterer}), then judge
 * each group. Dates are not grouped as quantities, and only the articles' own prose takes part.
 */
public final class RuleBasedClaimMatcher implements ClaimMatcher {

    @Override
    public List<ClaimGroup> match(List<ComparedClaim> claims, MatchingDecisions decisions) {
        Map<String, Set<String>> sentences = new HashMap<>();
        List<ClaimFeatures> features = claims.stream()
                .filter(c -> c.claim().section() == Section.BODY && c.claim().kind() != ClaimKind.DATE)
                .sorted(Comparator.comparing(ComparedClaim::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(ComparedClaim::article).thenComparing(c -> c.claim().span().start()))
                .map(c -> ClaimFeatures.of(c, c.sentence(), sentences.computeIfAbsent(
                        c.article() + "@" + c.claim().sentence().start(), k -> SentenceWords.of(c.sentence()))))
                .toList();
        var words = new SentenceWords(sentences.values());
        Map<String, List<ClaimFeatures>> blocks = new LinkedHashMap<>();
        features.forEach(f -> blocks.computeIfAbsent(blockKey(f), k -> new ArrayList<>()).add(f));
        var clusterer = new ClaimClusterer(new PairScore(words, soleInTheirArticle(blocks.values())), decisions);
        var sums = new SumCheck(features, words);
        var clusters = new ArrayList<Cluster>();
        blocks.values().forEach(block -> clusters.addAll(clusterer.cluster(block)));
        var groups = new ArrayList<ClaimGroup>();
        for (Cluster cluster : AnalystMerges.apply(clusters, features, decisions)) {
            if (cluster.isReportable()) {
                groups.add(toGroup("g" + (groups.size() + 1), cluster, sums));
            }
        }
        return groups;
    }

    /** The ids of the claims that are the only claim of their article in their block. */
    private static Set<String> soleInTheirArticle(java.util.Collection<List<ClaimFeatures>> blocks) {
        var sole = new java.util.HashSet<String>();
        for (List<ClaimFeatures> block : blocks) {
            Map<String, List<ClaimFeatures>> byArticle = new HashMap<>();
            block.forEach(f -> byArticle.computeIfAbsent(f.compared().article(), k -> new ArrayList<>()).add(f));
            byArticle.values().stream().filter(claims -> claims.size() == 1).forEach(claims -> sole.add(claims.getFirst().compared().id()));
        }
        return sole;
    }

    /**
     * The block a claim is compared within: kind, unit family, proposal, and for counted things the main noun
     * (the last head word), so that a corpus of thousands of articles splits into many small blocks.
     */
    private static String blockKey(ClaimFeatures f) {
        String key = f.kind() + "|" + PairRules.unitFamily(f) + "|" + f.proposal();
        return PairRules.needsSharedHead(f.kind()) ? key + "|" + PairRules.mainHead(f) : key;
    }

    private static ClaimGroup toGroup(String id, Cluster cluster, SumCheck sums) {
        List<ClaimFeatures> members = cluster.members();
        VerdictRules.Outcome outcome = VerdictRules.judge(members);
        String parts = sums.check(members);
        var evidence = new ArrayList<>(cluster.evidence());
        if (parts != null) {
            evidence.add("cross-check of the total against its parts: " + parts);
        }
        return new ClaimGroup(id, members.getFirst().kind(), GroupLabel.of(members), outcome.verdict(),
                members.stream().map(m -> m.compared().id()).toList(),
                parts == null ? outcome.explanation() : outcome.explanation() + "; " + parts, evidence);
    }
}
