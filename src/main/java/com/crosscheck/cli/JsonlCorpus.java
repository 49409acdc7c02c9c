package com.crosscheck.cli;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A JSON Lines corpus for benchmarks: one article per line with {@code text} and optionally {@code id}, {@code source}, {@code date}. */
final class JsonlCorpus {

    /** One article of the corpus. */
    record Article(String id, String outlet, String text, @Nullable LocalDate published, int words) {
    }

    private JsonlCorpus() {
    }

    static List<Article> load(Path file, int limit) throws IOException {
        var json = JsonMapper.builder().build();
        var articles = new ArrayList<Article>();
        try (var lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines.limit(limit)::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.path("text").asString("");
                String id = node.path("id").asString("a" + articles.size());
                String outlet = node.path("source").isNull() ? id : node.path("source").asString(id);
                int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
                articles.add(new Article(id, outlet, text, date(node.path("date").asString("")), words));
            }
        }
        return articles;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
