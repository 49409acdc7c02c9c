package com.crosscheck.export.internal;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.claims.Claim;
import com.crosscheck.corpus.Article;
import com.crosscheck.export.ExportData;
import com.crosscheck.export.ExportData.ExportedClaim;
import com.crosscheck.export.ExportData.ExportedGroup;
import com.crosscheck.export.ExportFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison as W3C Web Annotations (JSON-LD, {@code http://www.w3.org/ns/anno.jsonld}): one
 * AnnotationCollection whose first AnnotationPage holds
 * <ul>
 * <li>one annotation per claim ({@code highlighting}, or {@code assessing} once reviewed), its bodies the claim in
 * words, as JSON, its kind as a tag and the review status;</li>
 * <li>one {@code commenting} annotation per analyst note, on the same text;</li>
 * <li>one {@code linking} annotation per claim group, targeting the claim annotations of its members, with the
 * label, verdict and explanation, and a {@code commenting} one for the group's note;</li>
 * <li>orphaned annotations, anchored by their stored quote.</li>
 * </ul>
 * Text targets name the article as {@code urn:crosscheck:article:<id>} (its web address as {@code scope}) with a
 * TextQuoteSelector and a TextPositionSelector counted in code points.
 */
@Component
@Order(4)
class W3cAnnotationExportFormat implements ExportFormat {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final String URN = "urn:crosscheck:";

    @Override
    public String id() {
        return "w3c";
    }

    @Override
    public String label() {
        return "W3C Web Annotations (JSON-LD)";
    }

    @Override
    public String contentType() {
        return "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    @Override
    public void write(ExportData data, OutputStream out) {
        var items = new ArrayList<Map<String, Object>>();
        for (ExportedClaim claim : data.claims()) {
            Article article = data.article(claim.stored().article());
            items.add(claimAnnotation(article, claim));
            if (claim.note() != null) {
                items.add(noteAnnotation("note:" + claim.stored().id(), textTarget(article, claim.claim().span().start(),
                        claim.claim().span().end()), claim.note(), claim.review().updatedBy(), claim.review().updatedAt()));
            }
        }
        for (ExportedGroup group : data.groups()) {
            items.add(groupAnnotation(data, group));
            if (group.note() != null) {
                items.add(noteAnnotation("group-note:" + encode(group.group().id()), iri("annotation:group:" + encode(group.group().id())),
                        group.note(), group.review().updatedBy(), group.review().updatedAt()));
            }
        }
        for (ClaimReview orphan : data.orphans()) {
            items.add(orphanAnnotation(data.article(orphan.article()), orphan));
        }
        String collectionId = iri("export:" + data.exportedAt().toEpochMilli());
        var page = new LinkedHashMap<String, Object>();
        page.put("id", collectionId + ":page:1");
        page.put("type", "AnnotationPage");
        page.put("partOf", collectionId);
        page.put("startIndex", 0);
        page.put("items", items);
        var collection = new LinkedHashMap<String, Object>();
        collection.put("@context", CONTEXT);
        collection.put("id", collectionId);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Crosscheck comparison of " + data.articles().size() + " articles");
        collection.put("generated", data.exportedAt().toString());
        collection.put("total", items.size());
        collection.put("first", page);
        JsonShapes.MAPPER.writeValue(out, collection);
    }

    private static Map<String, Object> claimAnnotation(Article article, ExportedClaim exported) {
        Claim claim = exported.claim();
        Map<String, Object> annotation = annotation("claim:" + exported.stored().id(),
                exported.review() != null && exported.review().hasContent() ? "assessing" : "highlighting");
        if (exported.stored().author() != null) {
            annotation.put("creator", person(exported.stored().author()));
        }
        var bodies = new ArrayList<Map<String, Object>>();
        Claim effective = exported.effective();
        bodies.add(textBody("describing", "text/plain", effective.kind().label() + " " + Figures.of(effective.quantity().value())
                + (effective.quantity().unit().isEmpty() ? "" : " " + effective.quantity().unit()) + ": " + effective.subject()));
        var json = new LinkedHashMap<String, Object>();
        json.put("claimId", exported.stored().id().value());
        json.put("articleId", article.id().value());
        json.putAll(JsonShapes.claim(claim));
        json.put("groupId", exported.groupId());
        if (exported.corrected()) {
            json.put("correction", JsonShapes.correction(exported.review().correction()));
        }
        bodies.add(textBody("describing", "application/json", JsonShapes.MAPPER.writeValueAsString(json).replaceAll("\\s*\\n\\s*", " ")));
        bodies.add(textBody("tagging", null, claim.kind().label()));
        if (exported.review() != null) {
            bodies.add(textBody("assessing", null, exported.status().label()));
            annotation.put("modified", exported.review().updatedAt().toString());
        }
        annotation.put("body", bodies);
        annotation.put("target", textTarget(article, claim.span().start(), claim.span().end()));
        return annotation;
    }

    private static Map<String, Object> groupAnnotation(ExportData data, ExportedGroup group) {
        Map<String, Object> annotation = annotation("group:" + encode(group.group().id()), "linking");
        String verdict = group.verdict().label() + (group.overridden() ? " (analyst; automatic: " + group.automaticVerdict().label() + ")" : "");
        annotation.put("body", List.of(
                textBody("describing", "text/plain", group.group().label() + ". " + group.group().explanation()),
                textBody("assessing", null, verdict),
                textBody("tagging", null, group.group().kind().label())));
        annotation.put("target", data.claimsOf(group).stream().map(c -> iri("annotation:claim:" + c.stored().id())).toList());
        return annotation;
    }

    private static Map<String, Object> orphanAnnotation(Article article, ClaimReview orphan) {
        Map<String, Object> annotation = annotation("orphan:" + orphan.id(), orphan.note() == null ? "assessing" : "commenting");
        annotation.put("creator", person(orphan.updatedBy()));
        annotation.put("created", orphan.createdAt().toString());
        annotation.put("modified", orphan.updatedAt().toString());
        var bodies = new ArrayList<Map<String, Object>>();
        bodies.add(textBody("assessing", null, orphan.status().label()));
        if (orphan.note() != null) {
            bodies.add(textBody("commenting", "text/plain", orphan.note()));
        }
        if (orphan.orphanReason() != null) {
            bodies.add(textBody("describing", "text/plain", "Orphaned: " + orphan.orphanReason()));
        }
        annotation.put("body", bodies);
        var anchor = orphan.anchor();
        var target = source(article);
        target.put("selector", TextSelectors.ofAnchor(article.body(), anchor.exact(), anchor.prefix(), anchor.suffix(),
                anchor.start(), anchor.end()));
        annotation.put("target", target);
        return annotation;
    }

    private static Map<String, Object> noteAnnotation(String id, Object target, String note, String author, Instant at) {
        Map<String, Object> annotation = annotation(id, "commenting");
        annotation.put("creator", person(author));
        annotation.put("modified", at.toString());
        annotation.put("body", textBody("commenting", "text/plain", note));
        annotation.put("target", target);
        return annotation;
    }

    private static Map<String, Object> annotation(String id, String motivation) {
        var annotation = new LinkedHashMap<String, Object>();
        annotation.put("@context", CONTEXT);
        annotation.put("id", iri("annotation:" + id));
        annotation.put("type", "Annotation");
        annotation.put("motivation", motivation);
        return annotation;
    }

    private static Map<String, Object> textTarget(Article article, int start, int end) {
        var target = source(article);
        target.put("selector", TextSelectors.of(article.body(), start, end));
        return target;
    }

    private static Map<String, Object> source(Article article) {
        var target = new LinkedHashMap<String, Object>();
        target.put("type", "SpecificResource");
        target.put("source", iri("article:" + article.id()));
        if (article.linkableUrl() != null) {
            target.put("scope", article.linkableUrl());
        }
        return target;
    }

    private static Map<String, Object> textBody(String purpose, @Nullable String format, String value) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        if (format != null) {
            body.put("format", format);
        }
        body.put("value", value);
        return body;
    }

    private static Map<String, Object> person(String name) {
        var person = new LinkedHashMap<String, Object>();
        person.put("id", iri("user:" + encode(name)));
        person.put("type", "Person");
        person.put("nickname", name);
        return person;
    }

    private static String iri(String path) {
        return URN + path;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
