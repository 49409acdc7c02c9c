package com.crosscheck.nlp.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.nlp.Sentence;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines are split into the sentences OpenNLP's detector finds, also where the detector is not run. */
class SentenceSplitTest {

    private static final OpenNlpTextAnalyzer ANALYZER = OpenNlpTextAnalyzer.shared();

    @Test
    void every_line_splits_as_the_detector_splits_it() throws IOException {
        SentenceDetectorME detector;
        try (var in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            detector = new SentenceDetectorME(new SentenceModel(in));
        }
        var texts = new ArrayList<String>(List.of("No sentence end here, 23,000 people\u00a0", "\u00a0\u00a0 \u00a0",
                "  He said \u201cthey left\u201d  ", "Two. Sentences here", "Ends with a question?", "Wow!"));
        for (Path dir : List.of(Path.of("corpus"), Path.of("src/test/resources/ecbplus"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        int lines = 0;
        for (String text : texts) {
            for (String line : text.split("[\r\n]")) {
                assertThat(ANALYZER.sentences(line)).as(line).isEqualTo(detected(detector, line));
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(500);
    }

    private static List<Sentence> detected(SentenceDetectorME detector, String line) {
        var sentences = new ArrayList<Sentence>();
        if (line.isBlank()) {
            return sentences;
        }
        String normalised = QuoteNormalizer.normalise(line);
        for (Span span : detector.sentPosDetect(normalised)) {
            Span trimmed = span.trim(normalised);
            if (trimmed.length() > 0) {
                sentences.add(new Sentence(new TextSpan(trimmed.getStart(), trimmed.getEnd())));
            }
        }
        return sentences;
    }
}
