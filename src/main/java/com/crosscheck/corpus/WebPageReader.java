package com.crosscheck.corpus;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Web pages: the article's main text as Readability (Readability4J, a port of Mozilla's) finds it, without
 * navigation, ads, share buttons and related-story lists; title, site name, address and publication date from the
 * page's metadata ({@link PageMetadata}). The character set is the page's own (byte-order mark, {@code <meta
 * charset>}), UTF-8 when it names none.
 */
final class WebPageReader {

    /** Fewer words than this is a menu or a stub, not an article. */
    private static final int MIN_WORDS = 3;

    private WebPageReader() {
    }

    /** Reads a page saved as {@code name} or fetched from {@code url}. */
    static ArticleDraft read(String name, byte[] bytes, @Nullable String url) throws ArticleReadException {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
        } catch (IOException e) {
            throw new ArticleReadException(name + ": cannot be read as HTML (" + e.getMessage() + ")");
        }
        PageMetadata meta = PageMetadata.of(page);
        // Readability resolves links against an absolute address; a saved file has none, and links are dropped anyway
        var article = new Readability4J(url == null ? "file:///saved-page.html" : url, page).parse();
        Element content = article.getArticleContent();
        String body = content == null ? "" : BlockText.of(content);
        if (body.isBlank() || CorpusService.countWords(body) < MIN_WORDS) {
            throw new ArticleReadException(name + ": no text found (the page has no article text)");
        }
        String title = meta.title() != null ? meta.title() : article.getTitle();
        var metadata = new LinkedHashMap<String, String>();
        if (article.getByline() != null && !article.getByline().isBlank()) {
            metadata.put("Byline", TikaReader.clip(article.getByline().strip(), 2000));
        }
        String address = meta.url() != null ? meta.url() : url;
        if (url != null && !url.equals(address)) {
            metadata.put("Fetched from", TikaReader.clip(url, 2000));
        }
        LocalDate published = meta.published() != null ? meta.published() : Dateline.in(body);
        return new ArticleDraft(name,
                title == null || title.isBlank() ? ArticleReader.firstLine(body) : TikaReader.clip(title.strip(), 500),
                meta.siteName() == null ? null : TikaReader.clip(meta.siteName(), 200),
                address == null || address.isBlank() ? null : TikaReader.clip(address, 2000),
                published, Map.copyOf(metadata), body);
    }
}
