package com.crosscheck.export.internal;

import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.Quantity;
import com.crosscheck.corpus.Article;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of articles, claims and reviews, with stable field names in a fixed order; shared by the JSON
 * and W3C formats. Numbers are JSON numbers, dates and instants ISO 8601 strings, absent values {@code null}.
 */
final class JsonShapes {

    /** Pretty-printing, leaves the stream it writes to open. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonShapes() {
    }

    static Map<String, Object> article(Article a, boolean withBody) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", a.id().value());
        json.put("title", a.title());
        json.put("outlet", a.outlet());
        json.put("url", a.url());
        json.put("published", a.published() == null ? null : a.published().toString());
        json.put("metadata", new java.util.TreeMap<>(a.metadata()));
        json.put("wordCount", a.wordCount());
        if (withBody) {
            json.put("body", a.body());
        }
        return json;
    }

    /** The claim's own fields (no id, article or review). */
    static Map<String, Object> claim(Claim c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("start", c.span().start());
        json.put("end", c.span().end());
        json.put("text", c.text());
        json.put("kind", c.kind().label());
        Quantity q = c.quantity();
        json.put("value", q.value());
        json.put("low", q.low());
        json.put("lowInclusive", q.lowInclusive());
        json.put("high", q.high());
        json.put("highInclusive", q.highInclusive());
        json.put("approx", q.approx());
        json.put("unit", q.unit());
        json.put("date", c.date() == null ? null : c.date().iso());
        json.put("dateResolved", c.date() == null || c.date().resolved() == null ? null : c.date().resolved().toString());
        json.put("qualifier", c.qualifier());
        json.put("modality", c.modality().name().toLowerCase(Locale.ROOT));
        json.put("subject", c.subject());
        json.put("place", c.place());
        json.put("time", c.time());
        json.put("source", c.source());
        json.put("sentenceStart", c.sentence().start());
        json.put("sentenceEnd", c.sentence().end());
        json.put("section", c.section().name().toLowerCase(Locale.ROOT));
        return json;
    }

    static Map<String, Object> review(ClaimReview r) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", r.id());
        json.put("articleId", r.article().value());
        json.put("claimId", r.claim() == null ? null : r.claim().value());
        json.put("status", r.status().name());
        json.put("statusLabel", r.status().label());
        json.put("note", r.note());
        json.put("correction", correction(r.correction()));
        json.put("anchor", anchor(r.anchor()));
        json.put("orphanReason", r.orphanReason());
        json.put("createdBy", r.createdBy());
        json.put("createdAt", r.createdAt().toString());
        json.put("updatedBy", r.updatedBy());
        json.put("updatedAt", r.updatedAt().toString());
        return json;
    }

    static Map<String, Object> correction(ClaimCorrection c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", c.kind() == null ? null : c.kind().label());
        json.put("value", c.value());
        json.put("low", c.low());
        json.put("high", c.high());
        json.put("subject", c.subject());
        return json;
    }

    static Map<String, Object> anchor(ClaimAnchor a) {
        var json = new LinkedHashMap<String, Object>();
        json.put("exact", a.exact());
        json.put("prefix", a.prefix());
        json.put("suffix", a.suffix());
        json.put("start", a.start());
        json.put("end", a.end());
        return json;
    }
}
