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
 * Both run on the same threads over the same articles, each after warm-up passes over them until it runs at
 * a steady speed.
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
        System.out.printf(Locale.ROOT, "warm-up passes over the corpus, until a pass is no longer %d%% faster: extract %s%n",
                STEADY_PERCENT, warmUp(docs, extract));
        System.out.printf(Locale.ROOT, "warm-up passes over the corpus, until a pass is no longer %d%% faster: naive %s%n",
                STEADY_PERCENT, warmUp(docs, naive));
        HeapPeak.reset();

        long start = System.nanoTime();
        double cpu = processCpuSeconds();
        long claims = run(docs, extract);
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = processCpuSeconds() - cpu;
        long peakHeap = HeapPeak.megabytes();

        start = System.nanoTime();
        double naiveCpu = processCpuSeconds();
        run(docs, naive);
        double naiveSeconds = (System.nanoTime() - start) / 1e9;
        naiveCpu = processCpuSeconds() - naiveCpu;

        System.out.printf(Locale.ROOT, "crosscheck extract: %.2f s, %,.0f words/s, %,.0f claims/s, %,d claims, peak heap %,d MB"
                + " (process CPU %.1f s: %,.0f words per CPU-second)%n",
                seconds, words / seconds, claims / seconds, claims, peakHeap, cpu, words / cpu);
        System.out.printf(Locale.ROOT, "naive OpenNLP (sentences, tokens, POS on every sentence): %.2f s, %,.0f words/s"
                + " (process CPU %.1f s: %,.0f words per CPU-second)%n",
                naiveSeconds, words / naiveSeconds, naiveCpu, words / naiveCpu);
        System.out.printf(Locale.ROOT, "ratio: %.2fx the naive pipeline%n", naiveSeconds / seconds);
        return 0;
    }

    /**
     * CPU time of the whole process (workers, garbage collector, JIT): on a machine shared with other work, words
     * per CPU-second say how much work the extractor does, whatever share of the machine it got.
     */
    private static double processCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** A warm-up pass this much faster than the one before means the JIT is still at work. */
    private static final int STEADY_PERCENT = 5;
    private static final int MAX_WARM_UP_PASSES = 4;

    /**
     * Runs {@code work} over the corpus until its time stops falling, and returns the pass times. On this 2-core
     * machine, shared with other work, the JIT was still compiling hundreds of methods during the measured run
     * after a 2,000-article warm-up, and even after several rounds over a fifth of the corpus.
     */
    private String warmUp(List<JsonlCorpus.Article> docs, ToIntFunction<JsonlCorpus.Article> work)
            throws InterruptedException, ExecutionException {
        var passes = new ArrayList<String>();
        double previous = Double.MAX_VALUE;
        for (int pass = 0; pass < MAX_WARM_UP_PASSES; pass++) {
            long start = System.nanoTime();
            run(docs, work);
            double seconds = (System.nanoTime() - start) / 1e9;
            passes.add(String.format(Locale.ROOT, "%.1f s", seconds));
            if (seconds > previous * (1 - STEADY_PERCENT / 100.0)) {
                break;
            }
            previous = seconds;
        }
        return String.join(", ", passes);
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
