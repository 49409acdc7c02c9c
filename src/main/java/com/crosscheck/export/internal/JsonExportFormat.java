package com.crosscheck.export.internal;

import com.crosscheck.export.ExportData;
import com.crosscheck.export.ExportData.ExportedClaim;
import com.crosscheck.export.ExportData.ExportedGroup;
import com.crosscheck.export.ExportFormat;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The comparison's full data as one JSON object: {@code articles} (with their bodies, which every offset
 * indexes), {@code claims} (as extracted, with the review and the values after corrections), {@code groups}
 * (verdict after any analyst override, the automatic verdict beside it) and {@code orphans}.
 */
@Component
@Order(3)
class JsonExportFormat implements ExportFormat {

    /** Raised when a field is renamed or removed; adding fields keeps it. */
    static final int VERSION = 1;

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String label() {
        return "JSON (full data)";
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(ExportData data, OutputStream out) {
        var json = new LinkedHashMap<String, Object>();
        json.put("format", "crosscheck-comparison");
        json.put("version", VERSION);
        json.put("exportedAt", data.exportedAt().toString());
        json.put("articles", data.articles().stream().map(a -> JsonShapes.article(a, true)).toList());
        json.put("claims", data.claims().stream().map(JsonExportFormat::claim).toList());
        json.put("groups", data.groups().stream().map(JsonExportFormat::group).toList());
        json.put("orphans", data.orphans().stream().map(JsonShapes::review).toList());
        JsonShapes.MAPPER.writeValue(out, json);
    }

    private static Map<String, Object> claim(ExportedClaim c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.stored().id().value());
        json.put("articleId", c.stored().article().value());
        json.putAll(JsonShapes.claim(c.claim()));
        json.put("addedBy", c.stored().author());
        json.put("groupId", c.groupId());
        json.put("reviewStatus", c.status().name());
        json.put("review", c.review() == null ? null : JsonShapes.review(c.review()));
        var effective = c.effective();
        var corrected = new LinkedHashMap<String, Object>();
        corrected.put("kind", effective.kind().label());
        corrected.put("value", effective.quantity().value());
        corrected.put("low", effective.quantity().low());
        corrected.put("high", effective.quantity().high());
        corrected.put("subject", effective.subject());
        json.put("effective", corrected);
        return json;
    }

    private static Map<String, Object> group(ExportedGroup g) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", g.group().id());
        json.put("kind", g.group().kind().label());
        json.put("label", g.group().label());
        json.put("verdict", g.verdict().label());
        json.put("automaticVerdict", g.automaticVerdict().label());
        json.put("verdictOverridden", g.review() != null && g.review().verdict() != null);
        json.put("explanation", g.group().explanation());
        json.put("evidence", g.group().evidence());
        json.put("claims", g.group().claims().stream().map(Long::parseLong).toList());
        if (g.review() == null) {
            json.put("review", null);
        } else {
            var review = new LinkedHashMap<String, Object>();
            review.put("id", g.review().id());
            review.put("note", g.review().note());
            review.put("verdict", g.review().verdict() == null ? null : g.review().verdict().label());
            review.put("updatedBy", g.review().updatedBy());
            review.put("updatedAt", g.review().updatedAt().toString());
            json.put("review", review);
        }
        return json;
    }

}
