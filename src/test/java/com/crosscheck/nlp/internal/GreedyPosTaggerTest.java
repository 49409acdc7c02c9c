package com.crosscheck.nlp.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.nlp.Sentence;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The greedy tagger must give exactly OpenNLP's beam-1 tags: on every sentence of the seed and ECB+ articles,
 * whole and as windows starting anywhere, the way the extractor tags them.
 */
class GreedyPosTaggerTest {

    @Test
    void tags_like_opennlps_tagger_at_beam_one() throws IOException {
        POSModel model;
        try (var in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(ModelManifest.withBeamSize(in, 1));
        }
        var opennlp = new POSTaggerME(model, POSTagFormat.UD);
        var greedy = new GreedyPosTagger(model);
        var random = new Random(7);
        int tokens = 0;
        for (String[] window : windows(random)) {
            assertThat(greedy.tag(window)).as(Arrays.toString(window)).containsExactly(opennlp.tag(window));
            tokens += window.length;
        }
        assertThat(tokens).isGreaterThan(20_000);
    }

    private static List<String[]> windows(Random random) throws IOException {
        var windows = new ArrayList<String[]>();
        for (Path dir : List.of(Path.of("corpus"), Path.of("src/test/resources/ecbplus"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(file);
                    for (Sentence s : OpenNlpTextAnalyzer.shared().sentences(text)) {
                        String[] words = FastTokenizer.tokenize(text, s.span().start(), s.span().end()).stream()
                                .map((TextSpan span) -> QuoteNormalizer.normalise(span.of(text))).toArray(String[]::new);
                        if (words.length > 0) {
                            windows.add(words);
                            int from = random.nextInt(words.length);
                            windows.add(Arrays.copyOfRange(words, from, from + 1 + random.nextInt(words.length - from)));
                        }
                    }
                }
            }
        }
        return windows;
    }
}
