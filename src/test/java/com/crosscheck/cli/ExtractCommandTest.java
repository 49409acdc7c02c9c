package com.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code extract} command: JSON lines only on standard output, errors on standard error, no server. */
class ExtractCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = CommandLineInterface.run(args);
            return new Run(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void prints_one_json_object_per_claim_with_the_required_fields() {
        Run run = run("extract", "corpus/003_dd5bf07d3bc52eb6.txt");

        assertThat(run.status()).isZero();
        var json = JsonMapper.builder().build();
        List<JsonNode> claims = run.out().lines().map(json::readTree).toList();
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.propertyNames()).contains("doc", "start", "end",
                "text", "kind", "value", "unit", "low", "high", "qualifier", "subject", "sentence", "source", "section"));
        JsonNode citizens = claims.stream().filter(c -> c.get("text").asString().equals("1.200")).findFirst().orElseThrow();
        assertThat(citizens.get("doc").asString()).isEqualTo("003_dd5bf07d3bc52eb6.txt");
        assertThat(citizens.get("kind").asString()).isEqualTo("killed");
        assertThat(citizens.get("value").asLong()).isEqualTo(1200);
        assertThat(citizens.get("low").asDouble()).isEqualTo(1200);
        assertThat(citizens.get("high").isNull()).isTrue();
        assertThat(citizens.get("qualifier").asString()).isEqualTo("at least");
    }

    @Test
    void offsets_index_the_body_in_java_string_indices() throws Exception {
        String file = Files.readString(Path.of("corpus/004_d6199a2c9468f502.txt"));
        String body = file.substring(file.indexOf("\n\n") + 2);
        var json = JsonMapper.builder().build();

        run("extract", "corpus/004_d6199a2c9468f502.txt").out().lines().map(json::readTree).forEach(c ->
                assertThat(body.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asString()));
    }

    @Test
    void an_unreadable_file_is_reported_on_stderr_and_the_others_still_processed(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, "Title: Caf\u00e9\n\n12 died".getBytes(StandardCharsets.ISO_8859_1));

        Run run = run("extract", bad.toString(), "corpus/001_d6ba3ee7ee1a518e.txt");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("latin1.txt").contains("not valid UTF-8");
        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.contains("001_d6ba3ee7ee1a518e.txt"));
    }

    @Test
    void the_table_format_prints_aligned_rows() {
        Run run = run("extract", "--format", "table", "corpus/002_fd76df6513023300.txt");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("== 002_fd76df6513023300.txt").contains("fifth").contains("trip");
    }
}
