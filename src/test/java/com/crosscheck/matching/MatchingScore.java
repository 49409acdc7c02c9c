package com.crosscheck.matching;

import com.crosscheck.matching.GoldGroups.Ref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Pairwise "same group" scores and verdict accuracy of predicted groups against gold groups. */
final class MatchingScore {

    int truePairs;
    int predictedPairs;
    int goldPairs;
    int verdictsRight;
    int verdictsJudged;
    final List<String> lookAlikesJoined = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> missed = new ArrayList<>();

    MatchingScore(GoldGroups gold, Map<String, ComparedClaim> claims, List<ClaimGroup> groups) {
        Map<String, String> predictedGroup = new HashMap<>();
        Map<String, ClaimGroup> groupsById = new HashMap<>();
        groups.forEach(g -> {
            groupsById.put(g.id() + g.claims().getFirst(), g);
            g.claims().forEach(c -> predictedGroup.put(c, g.id() + g.claims().getFirst()));
        });
        Map<String, String> goldGroup = new HashMap<>();
        List<String> mapped = new ArrayList<>();
        for (GoldGroups.Group g : gold.groups()) {
            for (Ref ref : g.claims()) {
                String id = ClaimMatchingQualityTest.idOf(ref, claims);
                if (id != null && !goldGroup.containsKey(id)) {
                    goldGroup.put(id, g.id());
                    mapped.add(id);
                }
            }
            judgeVerdict(g, claims, predictedGroup, groupsById);
        }
        // pairs among gold-grouped claims of different articles, and predicted pairs that touch them
        for (int i = 0; i < mapped.size(); i++) {
            for (int j = i + 1; j < mapped.size(); j++) {
                String a = mapped.get(i);
                String b = mapped.get(j);
                if (claims.get(a).article().equals(claims.get(b).article())) {
                    continue;
                }
                boolean goldSame = goldGroup.get(a).equals(goldGroup.get(b));
                boolean predictedSame = predictedGroup.get(a) != null && predictedGroup.get(a).equals(predictedGroup.get(b));
                goldPairs += goldSame ? 1 : 0;
                predictedPairs += predictedSame ? 1 : 0;
                truePairs += goldSame && predictedSame ? 1 : 0;
                if (predictedSame && !goldSame) {
                    notes.add("joined, gold apart (" + goldGroup.get(a) + ", " + goldGroup.get(b) + "): "
                            + described(claims.get(a)) + " ~ " + described(claims.get(b)));
                }
                if (goldSame && !predictedSame) {
                    missed.add("missed (" + goldGroup.get(a) + "): " + described(claims.get(a)) + " ~ "
                            + described(claims.get(b)));
                }
            }
        }
        for (List<Ref> pair : gold.apart()) {
            String a = ClaimMatchingQualityTest.idOf(pair.get(0), claims);
            String b = ClaimMatchingQualityTest.idOf(pair.get(1), claims);
            if (a != null && b != null && predictedGroup.get(a) != null && predictedGroup.get(a).equals(predictedGroup.get(b))) {
                lookAlikesJoined.add(pair.get(0).text() + " (" + a + ") ~ " + pair.get(1).text() + " (" + b + ")");
            }
        }
    }

    /** A claim with its id and the start of its sentence, for the report. */
    private static String described(ComparedClaim c) {
        String sentence = c.sentence().replace('\n', ' ');
        return "\u201c" + c.claim().text() + "\u201d " + c.id() + " [" + (sentence.length() > 140 ? sentence.substring(0, 139)
                + "\u2026" : sentence) + "]";
    }

    private void judgeVerdict(GoldGroups.Group g, Map<String, ComparedClaim> claims, Map<String, String> predictedGroup,
            Map<String, ClaimGroup> groupsById) {
        Map<String, Integer> votes = new HashMap<>();
        g.claims().stream().map(ref -> ClaimMatchingQualityTest.idOf(ref, claims)).filter(Objects::nonNull)
                .map(predictedGroup::get).filter(Objects::nonNull).forEach(p -> votes.merge(p, 1, Integer::sum));
        verdictsJudged++;
        String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        ClaimGroup predicted = best == null ? null : groupsById.get(best);
        if (predicted != null && predicted.verdict().label().equals(g.verdict())) {
            verdictsRight++;
        } else {
            notes.add("verdict of " + g.id() + ": gold " + g.verdict() + ", got "
                    + (predicted == null ? "no group" : predicted.verdict().label() + " \u2014 " + predicted.explanation()));
        }
    }

    double precision() {
        return predictedPairs == 0 ? 0 : (double) truePairs / predictedPairs;
    }

    double recall() {
        return goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double verdictAccuracy() {
        return verdictsJudged == 0 ? 0 : (double) verdictsRight / verdictsJudged;
    }

    void report(String name) throws IOException {
        String summary = "%s matching: gold pairs %d, predicted pairs %d, true %d | precision %.3f, recall %.3f, F1 %.3f, verdict accuracy %.3f (%d/%d), look-alikes joined %d"
                .formatted(name, goldPairs, predictedPairs, truePairs, precision(), recall(), f1(), verdictAccuracy(),
                        verdictsRight, verdictsJudged, lookAlikesJoined.size());
        Path file = Path.of("target", "matching-" + name.replaceAll("\\W", "").toLowerCase() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, summary + "\n-- look-alikes joined\n" + String.join("\n", lookAlikesJoined)
                + "\n-- verdicts and pairs joined against the gold\n" + String.join("\n", notes)
                + "\n-- pairs missed\n" + String.join("\n", missed) + "\n");
        System.out.println(summary + " (details: " + file + ")");
    }
}
