package com.crosscheck.export.internal;

import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserAccount;
import com.crosscheck.annotation.AnnotationSnapshot;
import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.CalendarDate;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtraction;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Modality;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.Section;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.StoredArticle;
import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workspace backup file: one JSON object, {@code "format": "crosscheck-workspace"}, holding users (never a
 * password or its hash), articles with their bodies and metadata, extraction records, claims (analysts' own
 * included), claim annotations, links, group notes and history, each under its id in the workspace it came
 * from. Claim groups are left out: they are computed again from the claims and the analysts' decisions.
 */
public final class BackupJson {

    public static final String FORMAT = "crosscheck-workspace";
    public static final int VERSION = 1;

    private BackupJson() {
    }

    public static void write(WorkspaceBackup backup, OutputStream out) {
        var json = new LinkedHashMap<String, Object>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("exportedAt", backup.exportedAt().toString());
        json.put("users", backup.users().stream().map(BackupJson::user).toList());
        Map<Long, ClaimExtraction> extractions = new java.util.HashMap<>();
        backup.extractions().forEach(e -> extractions.put(e.article().value(), e));
        json.put("articles", backup.articles().stream().map(a -> article(a, extractions.get(a.article().id().value()))).toList());
        json.put("claims", backup.claims().stream().map(BackupJson::claim).toList());
        AnnotationSnapshot annotations = backup.annotations();
        json.put("claimAnnotations", annotations.claimAnnotations().stream().map(JsonShapes::review).toList());
        json.put("links", annotations.links().stream().map(BackupJson::link).toList());
        json.put("groupNotes", annotations.groupNotes().stream().map(BackupJson::groupNote).toList());
        json.put("history", annotations.history().stream().map(BackupJson::history).toList());
        JsonShapes.MAPPER.writeValue(out, json);
    }

    /** @throws IllegalArgumentException naming what is wrong when the file is not a readable backup */
    public static WorkspaceBackup read(InputStream in) {
        JsonNode json;
        try {
            json = JsonShapes.MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The file is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject() || !FORMAT.equals(json.path("format").asString(""))) {
            throw new IllegalArgumentException("The file is not a Crosscheck workspace backup (no \"format\": \"" + FORMAT + "\").");
        }
        if (json.path("version").asInt(0) > VERSION) {
            throw new IllegalArgumentException("The backup is of format version " + json.path("version").asInt()
                    + ", newer than this Crosscheck reads (" + VERSION + ").");
        }
        try {
            var users = json.path("users").valueStream().map(u -> new UserAccount(u.get("username").asString(),
                    Role.valueOf(u.get("role").asString()), u.get("enabled").asBoolean(), instant(u, "createdAt"))).toList();
            var articles = json.path("articles").valueStream().map(BackupJson::readArticle).toList();
            var extractions = json.path("articles").valueStream().filter(a -> a.hasNonNull("extractorVersion"))
                    .map(a -> new ClaimExtraction(new ArticleId(a.get("id").asLong()), a.get("extractorVersion").asInt(),
                            instant(a, "extractedAt"))).toList();
            var claims = json.path("claims").valueStream().map(BackupJson::readClaim).toList();
            var annotations = new AnnotationSnapshot(
                    json.path("claimAnnotations").valueStream().map(BackupJson::readReview).toList(),
                    json.path("links").valueStream().map(l -> new AnnotationSnapshot.Link(l.get("type").asString().equals("TOGETHER"),
                            l.get("first").asLong(), l.get("second").asLong(), l.get("createdBy").asString(), instant(l, "createdAt"))).toList(),
                    json.path("groupNotes").valueStream().map(BackupJson::readGroupNote).toList(),
                    json.path("history").valueStream().map(h -> new AnnotationSnapshot.History(optLong(h, "claimAnnotation"),
                            optLong(h, "groupNote"), h.get("author").asString(), instant(h, "at"), h.get("change").asString())).toList());
            return new WorkspaceBackup(instant(json, "exportedAt"), users, articles, extractions, claims, annotations);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The backup could not be read: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    private static Map<String, Object> user(UserAccount u) {
        var json = new LinkedHashMap<String, Object>();
        json.put("username", u.username());
        json.put("role", u.role().name());
        json.put("enabled", u.enabled());
        json.put("createdAt", u.createdAt().toString());
        return json;
    }

    private static Map<String, Object> article(StoredArticle stored, @Nullable ClaimExtraction extraction) {
        Map<String, Object> json = JsonShapes.article(stored.article(), true);
        json.put("sourceName", stored.sourceName());
        json.put("importedAt", stored.importedAt().toString());
        json.put("contentHash", stored.article().contentHash());
        json.put("extractorVersion", extraction == null ? null : extraction.extractorVersion());
        json.put("extractedAt", extraction == null ? null : extraction.extractedAt().toString());
        return json;
    }

    private static StoredArticle readArticle(JsonNode a) {
        Map<String, String> metadata = new TreeMap<>();
        a.path("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asString()));
        String published = optString(a, "published");
        var article = new Article(new ArticleId(a.get("id").asLong()), a.get("title").asString(), optString(a, "outlet"),
                optString(a, "url"), published == null ? null : LocalDate.parse(published), metadata, a.get("body").asString(),
                a.path("wordCount").asInt(0), a.path("contentHash").asString(""));
        return new StoredArticle(article, a.path("sourceName").asString("backup"), instant(a, "importedAt"));
    }

    private static Map<String, Object> claim(StoredClaim c) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", c.id().value());
        json.put("articleId", c.article().value());
        json.put("author", c.author());
        json.putAll(JsonShapes.claim(c.claim()));
        return json;
    }

    private static StoredClaim readClaim(JsonNode c) {
        var quantity = new Quantity(c.get("value").asDouble(), optDouble(c, "low"), c.get("lowInclusive").asBoolean(),
                optDouble(c, "high"), c.get("highInclusive").asBoolean(), c.get("approx").asBoolean(), c.get("unit").asString());
        String date = optString(c, "date");
        String resolved = optString(c, "dateResolved");
        var claim = new Claim(new TextSpan(c.get("start").asInt(), c.get("end").asInt()), c.get("text").asString(),
                ClaimKind.valueOf(upper(c.get("kind").asString())), quantity,
                date == null ? null : new CalendarDate(date, resolved == null ? null : LocalDate.parse(resolved)),
                optString(c, "qualifier"), Modality.valueOf(upper(c.get("modality").asString())), c.get("subject").asString(),
                optString(c, "place"), optString(c, "time"), optString(c, "source"),
                new TextSpan(c.get("sentenceStart").asInt(), c.get("sentenceEnd").asInt()), Section.valueOf(upper(c.get("section").asString())));
        return new StoredClaim(new ClaimId(c.get("id").asLong()), new ArticleId(c.get("articleId").asLong()), claim, optString(c, "author"));
    }

    private static ClaimReview readReview(JsonNode r) {
        JsonNode a = r.get("anchor");
        JsonNode c = r.get("correction");
        String kind = optString(c, "kind");
        var correction = new ClaimCorrection(kind == null ? null : ClaimKind.valueOf(upper(kind)), optDouble(c, "value"),
                optDouble(c, "low"), optDouble(c, "high"), optString(c, "subject"));
        Long claim = optLong(r, "claimId");
        return new ClaimReview(r.get("id").asLong(), new ArticleId(r.get("articleId").asLong()), claim == null ? null : new ClaimId(claim),
                new ClaimAnchor(a.get("exact").asString(), a.get("prefix").asString(), a.get("suffix").asString(),
                        a.get("start").asInt(), a.get("end").asInt()),
                ReviewStatus.valueOf(r.get("status").asString()), optString(r, "note"), correction, 0,
                r.get("createdBy").asString(), instant(r, "createdAt"), r.get("updatedBy").asString(), instant(r, "updatedAt"),
                optString(r, "orphanReason"));
    }

    private static Map<String, Object> link(AnnotationSnapshot.Link l) {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", l.together() ? "TOGETHER" : "APART");
        json.put("first", l.firstAnnotation());
        json.put("second", l.secondAnnotation());
        json.put("createdBy", l.createdBy());
        json.put("createdAt", l.createdAt().toString());
        return json;
    }

    private static Map<String, Object> groupNote(AnnotationSnapshot.GroupNote g) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", g.id());
        json.put("note", g.note());
        json.put("verdict", g.verdict() == null ? null : g.verdict().name());
        json.put("members", g.members().stream().sorted().toList());
        json.put("createdBy", g.createdBy());
        json.put("createdAt", g.createdAt().toString());
        json.put("updatedBy", g.updatedBy());
        json.put("updatedAt", g.updatedAt().toString());
        return json;
    }

    private static AnnotationSnapshot.GroupNote readGroupNote(JsonNode g) {
        Set<Long> members = new HashSet<>();
        g.path("members").forEach(m -> members.add(m.asLong()));
        String verdict = optString(g, "verdict");
        return new AnnotationSnapshot.GroupNote(g.get("id").asLong(), optString(g, "note"),
                verdict == null ? null : Verdict.valueOf(upper(verdict)), members, g.get("createdBy").asString(),
                instant(g, "createdAt"), g.get("updatedBy").asString(), instant(g, "updatedAt"));
    }

    private static Map<String, Object> history(AnnotationSnapshot.History h) {
        var json = new LinkedHashMap<String, Object>();
        json.put("claimAnnotation", h.claimAnnotation());
        json.put("groupNote", h.groupNote());
        json.put("author", h.author());
        json.put("at", h.at().toString());
        json.put("change", h.change());
        return json;
    }

    private static @Nullable String optString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static @Nullable Double optDouble(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    private static @Nullable Long optLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = optString(node, field);
        if (value == null) {
            throw new IllegalArgumentException("\u201c" + field + "\u201d is missing");
        }
        return Instant.parse(value);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
