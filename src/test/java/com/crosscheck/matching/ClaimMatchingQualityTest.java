package com.crosscheck.matching;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleReader;
import com.crosscheck.matching.GoldGroups.Ref;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures matching on hand-written gold groups: pairs of claims from different articles are scored on
 * "same group" (precision, recall, F1), gold groups on their verdict, and look-alike pairs on staying apart.
 * Each ECB+ cluster is compared on its own, as an analyst would compare one event's articles.
 */
class ClaimMatchingQualityTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
    private static final ClaimMatcher MATCHER = ClaimMatcher.standard();
    private static final ArticleReader READER = new ArticleReader(20_000_000);

    @Test
    void seeds_reach_pair_f1_090_and_verdict_accuracy_090_with_look_alikes_apart() throws Exception {
        MatchingScore score = score(Path.of("corpus"), Path.of("src/test/resources/gold/seed-groups.jsonl"), "seeds");

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.verdictAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.lookAlikesJoined).as("look-alike pairs put together").isEmpty();
    }

    /**
     * The target of the matching issue is pair F1 0.75 on ECB+; matching reaches about 0.83 at precision 0.97,
     * verdict accuracy 0.79, with 5 of the 49 look-alike pairs joined. This guards the level reached against
     * regressions and prints the differences to target/matching-ecb.txt.
     */
    @Test
    void ecbplus_keeps_pair_f1_082_precision_095_verdict_accuracy_078_and_look_alikes_apart() throws Exception {
        MatchingScore score = score(Path.of("src/test/resources/ecbplus"),
                Path.of("src/test/resources/gold/ecbplus-groups.jsonl"), "ECB+");

        assertThat(score.f1()).isGreaterThanOrEqualTo(0.82);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.verdictAccuracy()).isGreaterThanOrEqualTo(0.78);
        assertThat(score.lookAlikesJoined).as("look-alike pairs put together").hasSizeLessThanOrEqualTo(5);
    }

    private static MatchingScore score(Path dir, Path goldFile, String name) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, List<ComparedClaim>> byComparison = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                ArticleDraft draft = READER.read(file);
                bodies.put(draft.source(), draft.body());
                String comparison = draft.metadata().getOrDefault("Cluster", "all");
                List<ComparedClaim> claims = byComparison.computeIfAbsent(comparison, k -> new ArrayList<>());
                for (Claim claim : EXTRACTOR.extract(draft.body(), draft.published())) {
                    claims.add(new ComparedClaim(draft.source() + "@" + claim.span().start(), draft.source(),
                            draft.outlet() == null ? draft.source() : draft.outlet(), draft.published(), claim,
                            claim.sentence().of(draft.body())));
                }
            }
        }
        Map<String, ComparedClaim> claimsById = new HashMap<>();
        List<ClaimGroup> groups = new ArrayList<>();
        byComparison.values().forEach(claims -> {
            claims.forEach(c -> claimsById.put(c.id(), c));
            groups.addAll(MATCHER.match(claims));
        });
        var score = new MatchingScore(GoldGroups.load(goldFile, bodies), claimsById, groups);
        score.report(name);
        return score;
    }

    /** The extracted claim that stands for a gold claim: same document, overlapping span. */
    static String idOf(Ref ref, Map<String, ComparedClaim> claims) {
        return claims.values().stream()
                .filter(c -> c.article().equals(ref.doc()) && c.claim().span().start() < ref.span().end()
                        && ref.span().start() < c.claim().span().end())
                .map(ComparedClaim::id).findFirst().orElse(null);
    }
}
