package com.crosscheck.claims.internal;

import com.crosscheck.claims.ClaimExtraction;
import com.crosscheck.corpus.ArticleId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Which extractor version made an article's stored claims. */
@Entity
@Table(name = "claim_extraction")
public class ClaimExtractionEntity {

    @Id
    @Column(name = "article_id")
    private long articleId;
    @Column(name = "extractor_version", nullable = false)
    private int extractorVersion;
    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt = Instant.EPOCH;

    protected ClaimExtractionEntity() {
    }

    public ClaimExtractionEntity(long articleId, int extractorVersion, Instant extractedAt) {
        this.articleId = articleId;
        this.extractorVersion = extractorVersion;
        this.extractedAt = extractedAt;
    }

    public ClaimExtraction toExtraction() {
        return new ClaimExtraction(new ArticleId(articleId), extractorVersion, extractedAt);
    }
}
