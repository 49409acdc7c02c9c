package com.crosscheck.cli;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code compare} command on the seeds: one JSON object with claims and groups. */
class CompareCommandTest {

    @Test
    void prints_claims_and_groups_with_the_trip_sequence_and_the_scope_to_israel_apart() {
        PrintStream out = System.out;
        var bytes = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            status = CommandLineInterface.run(new String[] {"compare", "corpus/000_ae08b9a773c529f0.txt",
                    "corpus/001_d6ba3ee7ee1a518e.txt", "corpus/002_fd76df6513023300.txt",
                    "corpus/003_dd5bf07d3bc52eb6.txt", "corpus/004_d6199a2c9468f502.txt"});
        } finally {
            System.setOut(out);
        }
        JsonNode result = JsonMapper.builder().build().readTree(bytes.toString(StandardCharsets.UTF_8));

        assertThat(status).isZero();
        Map<String, JsonNode> claims = new java.util.HashMap<>();
        result.get("claims").forEach(c -> claims.put(c.get("id").asString(), c));
        var seen = new HashSet<String>();
        for (JsonNode group : result.get("groups")) {
            assertThat(group.propertyNames()).contains("id", "kind", "label", "verdict", "claims", "explanation");
            group.get("claims").forEach(id -> assertThat(seen.add(id.asString())).as("a claim in two groups").isTrue());
        }
        JsonNode trips = StreamSupport.stream(result.get("groups").spliterator(), false)
                .filter(g -> g.get("kind").asString().equals("trip")).findFirst().orElseThrow();
        List<String> texts = StreamSupport.stream(trips.get("claims").spliterator(), false)
                .map(id -> claims.get(id.asString()).get("text").asString()).toList();
        assertThat(texts).containsExactlyInAnyOrder("fifth", "four", "11th");
        assertThat(trips.get("verdict").asString()).isEqualTo("evolving");
        assertThat(trips.get("explanation").asString()).contains("World Today News, 8 Feb 2024").contains("Newsmax, 22 Oct 2024");
    }
}
