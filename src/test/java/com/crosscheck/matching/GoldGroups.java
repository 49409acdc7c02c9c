package com.crosscheck.matching;

import com.crosscheck.base.TextSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-written gold groups and look-alike pairs (src/test/resources/gold/*-groups.jsonl), placed in the bodies. */
record GoldGroups(List<Group> groups, List<List<Ref>> apart) {

    /** A gold claim by document and span. */
    record Ref(String doc, TextSpan span, String text) {
    }

    record Group(String id, String verdict, List<Ref> claims) {
    }

    static GoldGroups load(Path file, Map<String, String> bodies) throws IOException {
        var mapper = JsonMapper.builder().build();
        var groups = new ArrayList<Group>();
        var apart = new ArrayList<List<Ref>>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            if (node.has("apart")) {
                apart.add(refs(node.get("apart"), bodies));
            } else {
                groups.add(new Group(node.get("group").asString(), node.get("verdict").asString(),
                        refs(node.get("claims"), bodies)));
            }
        }
        return new GoldGroups(groups, apart);
    }

    private static List<Ref> refs(JsonNode array, Map<String, String> bodies) {
        var refs = new ArrayList<Ref>();
        for (JsonNode claim : array) {
            String doc = claim.get("doc").asString();
            String body = bodies.get(doc);
            String context = claim.get("context").asString();
            String text = claim.get("text").asString();
            int at = body.indexOf(context);
            if (at < 0) {
                throw new IllegalStateException(doc + ": gold context not found: " + context);
            }
            int start = at + context.indexOf(text);
            refs.add(new Ref(doc, new TextSpan(start, start + text.length()), text));
        }
        return refs;
    }
}
