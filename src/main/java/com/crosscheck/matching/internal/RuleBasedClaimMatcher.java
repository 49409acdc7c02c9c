package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Section;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.ClaimMatcher;
import com.crosscheck.matching.ComparedClaim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups claims in three steps: block on kind, unit family and proposal (so that only plausible pairs are
 * ever compared), then add each claim to the best-fitting group all of whose members it is compatible with
 * (complete link: no chains of look-alikes), then judge each group.
 * Dates are not grouped as quantities, and only the articles' own prose takes part.
 */
public final class RuleBasedClaimMatcher implements ClaimMatcher {

    @Override
    public List<ClaimGroup> match(List<ComparedClaim> claims) {
        Map<String, List<ClaimFeatures>> blocks = new LinkedHashMap<>();
        claims.stream()
                .filter(c -> c.claim().section() == Section.BODY && c.claim().kind() != ClaimKind.DATE)
                .sorted(Comparator.comparing(ComparedClaim::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(ComparedClaim::article).thenComparing(c -> c.claim().span().start()))
                .map(c -> ClaimFeatures.of(c, c.sentence()))
                .forEach(f -> blocks.computeIfAbsent(blockKey(f), k -> new ArrayList<>()).add(f));
        var groups = new ArrayList<ClaimGroup>();
        for (List<ClaimFeatures> block : blocks.values()) {
            for (Cluster cluster : cluster(block)) {
                if (cluster.isReportable()) {
                    groups.add(cluster.toGroup("g" + (groups.size() + 1)));
                }
            }
        }
        return groups;
    }

    /**
     * The block a claim is compared within: kind, unit family, proposal, and for counted things the main noun
     * (the last head word), so that a corpus of thousands of articles splits into many small blocks.
     */
    private static String blockKey(ClaimFeatures f) {
        String key = f.kind() + "|" + PairRules.unitFamily(f) + "|" + f.proposal();
        return PairRules.needsSharedHead(f.kind()) ? key + "|" + PairRules.mainHead(f) : key;
    }

    /**
     * Complete-link clustering, best fit: each claim joins the compatible group where it has the most
     * shared evidence with articles not yet in it (ties: the earliest group), so that a claim does not settle in
     * the first group that merely tolerates it.
     */
    private static List<Cluster> cluster(List<ClaimFeatures> block) {
        var clusters = new ArrayList<Cluster>();
        for (ClaimFeatures claim : block) {
            Cluster home = null;
            List<String> evidence = List.of();
            int bestScore = -1;
            for (Cluster cluster : clusters) {
                List<String> found = cluster.evidenceFor(claim);
                if (found != null) {
                    int score = cluster.affinity(claim);
                    if (score > bestScore) {
                        bestScore = score;
                        home = cluster;
                        evidence = found;
                    }
                }
            }
            if (home == null) {
                home = new Cluster();
                clusters.add(home);
            }
            home.add(claim, evidence);
        }
        return clusters;
    }

    /** Members a newcomer is checked against at most (complete link within this sample). */
    private static final int MAX_CHECKED = 24;

    /** A group under construction. */
    private static final class Cluster {
        private final List<ClaimFeatures> members = new ArrayList<>();
        private final List<String> evidence = new ArrayList<>();

        /**
         * The evidence for adding {@code claim}, or null when it is incompatible with a member. Large groups are
         * checked against their first and latest members only, which keeps matching linear on big corpora; the
         * evidence names the pairing with the group's first member.
         */
        List<String> evidenceFor(ClaimFeatures claim) {
            String found = null;
            for (ClaimFeatures member : checked()) {
                PairRules.Decision decision = PairRules.compare(member, claim);
                if (!decision.compatible()) {
                    return null;
                }
                if (found == null) {
                    found = "\u201c" + member.compared().claim().text() + "\u201d (" + member.compared().outlet() + ") ~ \u201c"
                            + claim.compared().claim().text() + "\u201d (" + claim.compared().outlet() + "): " + decision.evidence();
                }
            }
            return found == null ? List.of() : List.of(found);
        }

        /** The members a newcomer is checked against. */
        private List<ClaimFeatures> checked() {
            if (members.size() <= MAX_CHECKED) {
                return members;
            }
            var sample = new ArrayList<ClaimFeatures>(members.subList(0, MAX_CHECKED / 3));
            sample.addAll(members.subList(members.size() - (MAX_CHECKED - MAX_CHECKED / 3), members.size()));
            return sample;
        }

        /** How well a claim fits: head words shared with members and same values, over other articles. */
        int affinity(ClaimFeatures claim) {
            int score = 0;
            for (ClaimFeatures member : checked()) {
                if (member.compared().article().equals(claim.compared().article())) {
                    continue;
                }
                score += 2 * (int) member.headWords().stream().filter(claim.headWords()::contains).count();
                if (member.compared().claim().quantity().value() == claim.compared().claim().quantity().value()) {
                    score += 3;
                }
                if (member.place() != null && member.place().equals(claim.place())) {
                    score += 1;
                }
            }
            return score;
        }

        void add(ClaimFeatures claim, List<String> newEvidence) {
            members.add(claim);
            evidence.addAll(newEvidence);
        }

        /** Two articles, or a sequence inside one (only trips form sequences here). */
        boolean isReportable() {
            long articles = members.stream().map(m -> m.compared().article()).distinct().count();
            return members.size() > 1 && (articles > 1 || members.getFirst().kind() == ClaimKind.TRIP);
        }

        ClaimGroup toGroup(String id) {
            VerdictRules.Outcome outcome = VerdictRules.judge(members);
            return new ClaimGroup(id, members.getFirst().kind(), label(), outcome.verdict(),
                    members.stream().map(m -> m.compared().id()).toList(), outcome.explanation(), evidence);
        }

        /** The most specific subject among the members, with its place when the subject does not name it. */
        private String label() {
            ClaimFeatures best = members.stream()
                    .max(Comparator.comparingInt(m -> m.compared().claim().subject().length())).orElseThrow();
            String subject = best.compared().claim().subject();
            String place = members.stream().map(ClaimFeatures::place).filter(p -> p != null && !subject.contains(p))
                    .findFirst().orElse(null);
            return place == null ? subject : subject + " (" + place + ")";
        }
    }
}
