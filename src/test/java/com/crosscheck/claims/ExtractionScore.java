package com.crosscheck.claims;

import com.crosscheck.claims.GoldClaims.Gold;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted claims against gold: a gold claim is found when an extracted claim of the same document
 * overlaps its span and has the right value (one extracted claim per gold claim).
 */
final class ExtractionScore {

    final int gold;
    final int extracted;
    int found;
    int kindRight;
    int boundsChecked;
    int boundsRight;
    final List<String> misses = new ArrayList<>();
    final List<String> falsePositives = new ArrayList<>();
    final List<String> wrongKinds = new ArrayList<>();
    final List<String> wrongBounds = new ArrayList<>();

    ExtractionScore(List<Gold> golds, Map<String, List<Claim>> claimsByDoc, Map<String, String> bodies) {
        this.gold = golds.size();
        this.extracted = claimsByDoc.values().stream().mapToInt(List::size).sum();
        Set<Claim> used = new HashSet<>();
        for (Gold g : golds) {
            Claim match = claimsByDoc.getOrDefault(g.doc(), List.of()).stream()
                    .filter(c -> !used.contains(c) && overlaps(c, g) && valueMatches(c, g))
                    .findFirst().orElse(null);
            if (match == null) {
                misses.add(g.doc() + " \u201c" + g.text() + "\u201d " + g.kind() + " " + g.value()
                        + " | " + context(bodies.get(g.doc()), g.span().start(), g.span().end()));
                continue;
            }
            used.add(match);
            found++;
            if (match.kind().label().equals(g.kind())) {
                kindRight++;
            } else {
                wrongKinds.add(g.doc() + " \u201c" + g.text() + "\u201d gold " + g.kind() + ", got " + match.kind().label()
                        + " | " + context(bodies.get(g.doc()), g.span().start(), g.span().end()));
            }
            if (g.value().isNumber()) {
                boundsChecked++;
                if (same(g.low(), match.quantity().low()) && same(g.high(), match.quantity().high())) {
                    boundsRight++;
                } else {
                    wrongBounds.add(g.doc() + " \u201c" + g.text() + "\u201d gold [" + g.low() + ", " + g.high() + "], got ["
                            + match.quantity().low() + ", " + match.quantity().high() + "]");
                }
            }
        }
        claimsByDoc.forEach((doc, claims) -> claims.stream().filter(c -> !used.contains(c)).forEach(c ->
                falsePositives.add(doc + " \u201c" + c.text() + "\u201d " + c.kind().label() + " | "
                        + context(bodies.get(doc), c.span().start(), c.span().end()))));
    }

    double recall() {
        return gold == 0 ? 1 : (double) found / gold;
    }

    double precision() {
        return extracted == 0 ? 1 : (double) found / extracted;
    }

    double kindAccuracy() {
        return found == 0 ? 0 : (double) kindRight / found;
    }

    double boundAccuracy() {
        return boundsChecked == 0 ? 0 : (double) boundsRight / boundsChecked;
    }

    String summary(String name) {
        return "%s: gold %d, extracted %d, found %d | recall %.3f, precision %.3f, kind accuracy %.3f, bound accuracy %.3f"
                .formatted(name, gold, extracted, found, recall(), precision(), kindAccuracy(), boundAccuracy());
    }

    private static boolean overlaps(Claim c, Gold g) {
        return c.span().start() < g.span().end() && g.span().start() < c.span().end();
    }

    private static boolean valueMatches(Claim c, Gold g) {
        JsonNode value = g.value();
        if (value.isNumber()) {
            return c.date() == null && Math.abs(c.quantity().value() - value.asDouble()) <= 1e-6 * Math.max(1, Math.abs(value.asDouble()));
        }
        if (c.date() == null) {
            return false;
        }
        String gold = value.asString();
        // the gold gives a span of years ("from 1983-2005") by its first year; the extractor as an ISO interval
        return gold.equals(c.date().iso()) || c.date().iso().startsWith(gold + "/")
                || c.date().resolved() != null && gold.equals(c.date().resolved().toString());
    }

    private static boolean same(JsonNode gold, Double actual) {
        if (gold == null || gold.isNull()) {
            return actual == null;
        }
        return actual != null && Math.abs(gold.asDouble() - actual) <= 1e-6 * Math.max(1, Math.abs(actual));
    }

    private static String context(String body, int start, int end) {
        return body.substring(Math.max(0, start - 50), Math.min(body.length(), end + 40)).replace('\n', ' ');
    }
}
