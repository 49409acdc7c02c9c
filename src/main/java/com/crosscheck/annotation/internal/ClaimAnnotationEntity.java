package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.corpus.ArticleId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The row behind a {@link ClaimReview}; see {@code V5__annotations.sql}. */
@Entity
@Table(name = "claim_annotation")
public class ClaimAnnotationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "article_id", nullable = false)
    private long articleId;
    @Column(name = "claim_id")
    private @Nullable Long claimId;
    @Column(nullable = false)
    private String quote = "";
    @Column(nullable = false)
    private String prefix = "";
    @Column(nullable = false)
    private String suffix = "";
    @Column(name = "start_offset", nullable = false)
    private int startOffset;
    @Column(name = "end_offset", nullable = false)
    private int endOffset;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status = ReviewStatus.UNREVIEWED;
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "corrected_kind")
    private @Nullable ClaimKind correctedKind;
    @Column(name = "corrected_value")
    private @Nullable Double correctedValue;
    @Column(name = "corrected_low")
    private @Nullable Double correctedLow;
    @Column(name = "corrected_high")
    private @Nullable Double correctedHigh;
    @Column(name = "corrected_subject")
    private @Nullable String correctedSubject;
    @Column(name = "orphan_reason")
    private @Nullable String orphanReason;
    @Version
    private long version;
    @Column(name = "created_by", nullable = false)
    private String createdBy = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected ClaimAnnotationEntity() {
    }

    public ClaimAnnotationEntity(ArticleId article, ClaimId claim, ClaimAnchor anchor, String author, Instant at) {
        this.articleId = article.value();
        this.claimId = claim.value();
        this.quote = anchor.exact();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
        this.startOffset = anchor.start();
        this.endOffset = anchor.end();
        this.createdBy = author;
        this.createdAt = at;
        this.updatedBy = author;
        this.updatedAt = at;
    }

    /** An annotation from a workspace backup, with its authors, times and orphan state as they were. */
    public static ClaimAnnotationEntity restored(ClaimReview r, ArticleId article, @Nullable ClaimId claim) {
        var e = new ClaimAnnotationEntity();
        e.articleId = article.value();
        e.claimId = claim == null ? null : claim.value();
        e.attach(e.claimId, r.anchor(), r.orphanReason());
        e.change(r.status(), r.note(), r.correction(), r.updatedBy(), r.updatedAt());
        e.createdBy = r.createdBy();
        e.createdAt = r.createdAt();
        return e;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("the annotation of \u201c" + quote + "\u201d has not been saved yet");
        }
        return id;
    }

    public @Nullable Long claimId() {
        return claimId;
    }

    public long version() {
        return version;
    }

    public ClaimAnchor anchor() {
        return new ClaimAnchor(quote, prefix, suffix, startOffset, endOffset);
    }

    public ClaimCorrection correction() {
        return new ClaimCorrection(correctedKind, correctedValue, correctedLow, correctedHigh, correctedSubject);
    }

    public ReviewStatus status() {
        return status;
    }

    public @Nullable String note() {
        return note;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Attaches it to a claim (the anchor moves to the claim's text) or, with a reason, orphans it. */
    public void attach(@Nullable Long claim, @Nullable ClaimAnchor anchor, @Nullable String reason) {
        this.claimId = claim;
        this.orphanReason = reason;
        if (anchor != null) {
            this.quote = anchor.exact();
            this.prefix = anchor.prefix();
            this.suffix = anchor.suffix();
            this.startOffset = anchor.start();
            this.endOffset = anchor.end();
        }
    }

    public void change(ReviewStatus newStatus, @Nullable String newNote, ClaimCorrection c, String author, Instant at) {
        this.status = newStatus;
        this.note = newNote;
        this.correctedKind = c.kind();
        this.correctedValue = c.value();
        this.correctedLow = c.low();
        this.correctedHigh = c.high();
        this.correctedSubject = c.subject();
        touch(author, at);
    }

    public void touch(String author, Instant at) {
        this.updatedBy = author;
        this.updatedAt = at;
    }

    public ClaimReview toReview() {
        return new ClaimReview(id(), new ArticleId(articleId), claimId == null ? null : new ClaimId(claimId), anchor(),
                status, note, correction(), version, createdBy, createdAt, updatedBy, updatedAt, orphanReason);
    }
}
