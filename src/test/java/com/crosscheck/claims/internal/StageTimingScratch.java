package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.nlp.Sentence;
import com.crosscheck.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class StageTimingScratch {
    @Test
    void time() throws Exception {
        var json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../shared/corpora/reuters21578/reuters21578.jsonl")).subList(0, 3000)) {
            texts.add(json.readTree(line).path("text").asString(""));
        }
        var a = TextAnalyzer.english();
        var finder = new QuantityFinder();
        var ex = new RuleBasedClaimExtractor(a);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime(); long n = 0;
            for (String t : texts) n += finder.find(t).size();
            long t1 = System.nanoTime();
            for (String t : texts) n += a.sentences(t).size();
            long t2 = System.nanoTime();
            for (String t : texts) for (Sentence s : a.sentences(t)) n += a.tokenize(t, s).size();
            long t3 = System.nanoTime();
            for (String t : texts) for (Sentence s : a.sentences(t)) n += a.tag(t, s).size();
            long t4 = System.nanoTime();
            for (String t : texts) n += ex.extract(t, null).size();
            long t5 = System.nanoTime();
            System.out.printf("STAGES finder %.2f s, sentences %.2f s, +tokenize %.2f s, +tag all %.2f s, extract %.2f s (%d)%n",
                (t1-t0)/1e9, (t2-t1)/1e9, (t3-t2)/1e9, (t4-t3)/1e9, (t5-t4)/1e9, n);
        }
    }
}
