package com.crosscheck.cli;

import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.nlp.Sentence;
import com.crosscheck.nlp.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * {@code bench extract FILE.jsonl}: extraction throughput on a JSON Lines corpus (fields {@code text} and
 * optionally {@code date}), against a naive OpenNLP pipeline that splits, tokenizes and tags every sentence.
 * Both run on the same threads over the same articles, after a warm-up on every third article.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Words and claims per second of the extractor, and of a naive OpenNLP pipeline for comparison.")
final class BenchExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", description = "one article per line, with a \"text\" field")
    Path file = Path.of("");

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--limit", description = "use only the first N articles (default: all)")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        List<JsonlCorpus.Article> docs = JsonlCorpus.load(file, limit);
        long words = docs.stream().mapToLong(JsonlCorpus.Article::words).sum();
        var extractor = ClaimExtractor.standard();
        TextAnalyzer analyzer = TextAnalyzer.englishWithDefaultSettings();
        System.out.printf(Locale.ROOT, "corpus: %s, %,d articles, %,d words, %d threads, max heap %,d MB%n",
                file.getFileName(), docs.size(), words, threads, Runtime.getRuntime().maxMemory() >> 20);

        ToIntFunction<JsonlCorpus.Article> extract = d -> extractor.extract(d.text(), d.published()).size();
        ToIntFunction<JsonlCorpus.Article> naive = d -> {
            int tokens = 0;
            for (Sentence s : analyzer.sentences(d.text())) {
                tokens += analyzer.tag(d.text(), s).size();
            }
            return tokens;
        };
        List<JsonlCorpus.Article> warmUp = everyThird(docs);
        run(warmUp, extract);
        run(warmUp, naive);
        HeapPeak.reset();

        long start = System.nanoTime();
        long claims = run(docs, extract);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = HeapPeak.megabytes();

        start = System.nanoTime();
        run(docs, naive);
        double naiveSeconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "crosscheck extract: %.2f s, %,.0f words/s, %,.0f claims/s, %,d claims, peak heap %,d MB%n",
                seconds, words / seconds, claims / seconds, claims, peakHeap);
        System.out.printf(Locale.ROOT, "naive OpenNLP (sentences, tokens, POS on every sentence): %.2f s, %,.0f words/s%n",
                naiveSeconds, words / naiveSeconds);
        System.out.printf(Locale.ROOT, "ratio: %.2fx the naive pipeline%n", naiveSeconds / seconds);
        return 0;
    }

    /**
     * The warm-up: every third article, so that it meets the kinds of text found across the corpus. With the
     * first 2,000 Reuters articles the JIT was still compiling hundreds of methods during the measured run.
     */
    private static List<JsonlCorpus.Article> everyThird(List<JsonlCorpus.Article> docs) {
        var warmUp = new ArrayList<JsonlCorpus.Article>();
        for (int i = 0; i < docs.size(); i += 3) {
            warmUp.add(docs.get(i));
        }
        return warmUp;
    }

    private long run(List<JsonlCorpus.Article> docs, ToIntFunction<JsonlCorpus.Article> work) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<Long>>();
            int chunk = Math.max(1, docs.size() / (threads * 16));
            for (int from = 0; from < docs.size(); from += chunk) {
                List<JsonlCorpus.Article> part = docs.subList(from, Math.min(docs.size(), from + chunk));
                futures.add(pool.submit(() -> part.stream().mapToLong(work::applyAsInt).sum()));
            }
            long total = 0;
            for (Future<Long> f : futures) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }
}
