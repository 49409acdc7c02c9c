package com.crosscheck.claims;

import com.crosscheck.base.TextSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The hand-written gold claims of {@code src/test/resources/gold}, placed in their article bodies. */
record GoldClaims(List<Gold> claims) {

    /** One gold claim with its span resolved from its context. */
    record Gold(String doc, TextSpan span, String text, JsonNode value, String kind, JsonNode low, JsonNode high,
            String section) {
    }

    static GoldClaims load(Path file, Map<String, String> bodies) throws IOException {
        var mapper = JsonMapper.builder().build();
        var claims = new ArrayList<Gold>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            String doc = node.get("doc").asString();
            String body = bodies.get(doc);
            if (body == null) {
                throw new IllegalStateException("gold names an unknown document " + doc);
            }
            String context = node.get("context").asString();
            String text = node.get("text").asString();
            int at = body.indexOf(context);
            if (at < 0 || body.indexOf(context, at + 1) >= 0) {
                throw new IllegalStateException(doc + ": context is not found exactly once: " + context);
            }
            int start = at + context.indexOf(text);
            claims.add(new Gold(doc, new TextSpan(start, start + text.length()), text, node.get("value"),
                    node.get("kind").asString(), node.get("low"), node.get("high"), node.get("section").asString()));
        }
        return new GoldClaims(claims);
    }
}
