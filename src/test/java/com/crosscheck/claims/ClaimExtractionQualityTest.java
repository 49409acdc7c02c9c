package com.crosscheck.claims;

import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the extractor on hand-written gold claims (src/test/resources/gold): the five seed articles and
 * 46 ECB+ articles from four event clusters. Prints the scores and the differences.
 */
class ClaimExtractionQualityTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
    private static final ArticleReader READER = new ArticleReader(20_000_000);

    @Test
    void seeds_reach_recall_095_and_precision_090() throws Exception {
        ExtractionScore score = score(Path.of("corpus"), Path.of("src/test/resources/gold/seed-claims.jsonl"), "seeds");

        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void ecbplus_reaches_recall_090() throws Exception {
        ExtractionScore score = score(Path.of("src/test/resources/ecbplus"),
                Path.of("src/test/resources/gold/ecbplus-claims.jsonl"), "ECB+");

        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
    }

    private static ExtractionScore score(Path articles, Path goldFile, String name) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                ArticleDraft draft = READER.read(file);
                bodies.put(draft.source(), draft.body());
                claims.put(draft.source(), EXTRACTOR.extract(draft.body(), draft.published()));
            }
        }
        GoldClaims gold = GoldClaims.load(goldFile, bodies);
        var score = new ExtractionScore(gold.claims(), claims, bodies);
        report(score, name);
        return score;
    }

    private static void report(ExtractionScore score, String name) throws IOException {
        var out = new StringBuilder(score.summary(name)).append('\n');
        out.append("-- missed gold claims (").append(score.misses.size()).append(")\n");
        score.misses.forEach(m -> out.append("  ").append(m).append('\n'));
        out.append("-- extracted, not in gold (").append(score.falsePositives.size()).append(")\n");
        score.falsePositives.forEach(m -> out.append("  ").append(m).append('\n'));
        out.append("-- wrong kind (").append(score.wrongKinds.size()).append(")\n");
        score.wrongKinds.forEach(m -> out.append("  ").append(m).append('\n'));
        out.append("-- wrong bounds (").append(score.wrongBounds.size()).append(")\n");
        score.wrongBounds.forEach(m -> out.append("  ").append(m).append('\n'));
        Path report = Path.of("target", "extraction-" + name.replaceAll("\\W", "").toLowerCase() + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
        System.out.println(score.summary(name) + " (details: " + report + ")");
    }
}
