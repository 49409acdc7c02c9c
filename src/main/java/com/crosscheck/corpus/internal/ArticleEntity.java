package com.crosscheck.corpus.internal;

import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The row behind an {@link Article}; see {@code V1__articles.sql}. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String title = "";

    private @Nullable String outlet;

    private @Nullable String url;

    /** {@link com.crosscheck.corpus.UrlKey} of {@link #url}; see {@code V6__imports.sql}. */
    @Column(name = "url_key")
    private @Nullable String urlKey;

    private @Nullable LocalDate published;

    @Column(nullable = false)
    private String body = "";

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "content_hash", nullable = false, unique = true)
    private String contentHash = "";

    @Column(name = "source_name", nullable = false)
    private String sourceName = "";

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_metadata", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "meta_key")
    @Column(name = "meta_value", nullable = false)
    private Map<String, String> metadata = new HashMap<>();

    protected ArticleEntity() {
    }

    public ArticleEntity(String title, @Nullable String outlet, @Nullable String url, @Nullable LocalDate published,
            Map<String, String> metadata, String body, int wordCount, String contentHash, String sourceName,
            Instant importedAt) {
        this.title = title;
        this.outlet = outlet;
        this.url = url;
        this.urlKey = com.crosscheck.corpus.UrlKey.of(url);
        this.published = published;
        this.metadata = new HashMap<>(metadata);
        this.body = body;
        this.wordCount = wordCount;
        this.contentHash = contentHash;
        this.sourceName = sourceName;
        this.importedAt = importedAt;
    }

    public @Nullable String url() {
        return url;
    }

    /** Fills in the URL key of a row stored before keys existed. */
    public void updateUrlKey() {
        this.urlKey = com.crosscheck.corpus.UrlKey.of(url);
    }

    public ArticleId articleId() {
        if (id == null) {
            throw new IllegalStateException("article \u201c" + title + "\u201d has not been saved yet");
        }
        return new ArticleId(id);
    }

    public String sourceName() {
        return sourceName;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Article toArticle() {
        return new Article(articleId(), title, outlet, url, published, metadata, body, wordCount, contentHash);
    }
}
