package com.crosscheck.cli;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.ClaimMatcher;
import com.crosscheck.matching.ComparedClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench compare FILE.jsonl}: matching all claims of a JSON Lines corpus as one comparison. Claims are
 * extracted first (not timed); the figure is the matching alone.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Claims, groups, seconds and peak heap of matching every claim of a corpus at once.")
final class BenchCompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", description = "one article per line, with \"text\" and optionally \"date\", \"source\"")
    Path file = Path.of("");

    @Option(names = "--limit", description = "use only the first N articles (default: all)")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        var json = JsonMapper.builder().build();
        var extractor = ClaimExtractor.standard();
        var claims = new ArrayList<ComparedClaim>();
        int articles = 0;
        try (var lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines.limit(limit)::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.path("text").asString("");
                String id = node.path("id").asString("a" + articles);
                String outlet = node.path("source").isNull() ? id : node.path("source").asString(id);
                LocalDate published = parse(node.path("date").asString(""));
                for (Claim claim : extractor.extract(text, published)) {
                    claims.add(new ComparedClaim(id + "@" + claim.span().start(), id, outlet, published, claim,
                            claim.sentence().of(text)));
                }
                articles++;
            }
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        List<ClaimGroup> groups = ClaimMatcher.standard().match(claims);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "corpus: %s, %,d articles, %,d claims%n", file.getFileName(), articles, claims.size());
        System.out.printf(Locale.ROOT, "crosscheck compare: %,d groups in %.2f s, peak heap %,d MB%n", groups.size(), seconds,
                peak >> 20);
        return 0;
    }

    private static LocalDate parse(String text) {
        try {
            return text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
