package com.crosscheck.cli;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.ClaimMatcher;
import com.crosscheck.matching.ComparedClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
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
        var extractor = ClaimExtractor.standard();
        var claims = new ArrayList<ComparedClaim>();
        List<JsonlCorpus.Article> articles = JsonlCorpus.load(file, limit);
        for (JsonlCorpus.Article article : articles) {
            for (Claim claim : extractor.extract(article.text(), article.published())) {
                claims.add(new ComparedClaim(article.id() + "@" + claim.span().start(), article.id(), article.outlet(),
                        article.published(), claim, claim.sentence().of(article.text())));
            }
        }
        HeapPeak.reset();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        List<ClaimGroup> groups = ClaimMatcher.standard().match(claims);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %s, %,d articles, %,d claims%n", file.getFileName(), articles.size(), claims.size());
        System.out.printf(Locale.ROOT, "crosscheck compare: %,d groups in %.2f s (%.2f s of CPU), peak heap %,d MB%n",
                groups.size(), seconds, cpuSeconds, HeapPeak.megabytes());
        return 0;
    }
}
