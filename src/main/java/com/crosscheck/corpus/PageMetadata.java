package com.crosscheck.corpus;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a web page says about itself: Open Graph and Twitter tags, JSON-LD ({@code NewsArticle} and friends),
 * common {@code <meta>} date names, {@code <time datetime>} and the canonical link. Each field takes the first
 * source that gives it, in that order.
 */
record PageMetadata(@Nullable String title, @Nullable String siteName, @Nullable String url,
        @Nullable LocalDate published) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published");

    static PageMetadata of(Document page) {
        JsonNode ld = jsonLdArticle(page);
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), text(ld, "headline"));
        String site = first(meta(page, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"),
                meta(page, "application-name"));
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "abs:href"), meta(page, "og:url"));
        LocalDate published = null;
        for (String name : DATE_METAS) {
            published = date(meta(page, name));
            if (published != null) {
                break;
            }
            if (name.equals("og:published_time")) {
                published = date(text(ld, "datePublished"));
                if (published != null) {
                    break;
                }
            }
        }
        if (published == null) {
            published = first(date(attr(page.selectFirst("[itemprop=datePublished]"), "content")),
                    date(attr(page.selectFirst("[itemprop=datePublished]"), "datetime")),
                    date(attr(page.selectFirst("article time[datetime], time[datetime]"), "datetime")));
        }
        if (title == null) {
            title = page.title().isBlank() ? null : page.title().strip();
        }
        return new PageMetadata(title, site, url != null && url.isBlank() ? null : url, published);
    }

    private static @Nullable String meta(Document page, String name) {
        for (Element meta : page.select("meta[property], meta[name], meta[itemprop]")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    /** The first JSON-LD object on the page that is an article (or the first object at all). */
    private static @Nullable JsonNode jsonLdArticle(Document page) {
        JsonNode fallback = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (RuntimeException e) {
                continue; // broken JSON-LD is common; the other sources still count
            }
            for (JsonNode node : candidates(root)) {
                String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asString("");
                if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
                    return node;
                }
                if (fallback == null && node.isObject()) {
                    fallback = node;
                }
            }
        }
        return fallback;
    }

    private static List<JsonNode> candidates(JsonNode root) {
        var nodes = new java.util.ArrayList<JsonNode>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else if (root.has("@graph")) {
            root.get("@graph").forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        return nodes;
    }

    private static @Nullable String text(@Nullable JsonNode node, String field) {
        if (node == null || !node.has(field) || !node.get(field).isString()) {
            return null;
        }
        String value = node.get(field).asString().strip();
        return value.isEmpty() ? null : value;
    }

    private static @Nullable String attr(@Nullable Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name);
        return value.isBlank() ? null : value.strip();
    }

    /** The calendar date at the start of an ISO date or date-time, as the page wrote it (its own time zone). */
    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            Matcher m = ISO_DATE.matcher(value);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group());
                } catch (DateTimeParseException ignored) {
                    return null;
                }
            }
            return null;
        }
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
