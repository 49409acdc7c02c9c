package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One line of an annotation's history. */
@Entity
@Table(name = "annotation_history")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "claim_annotation_id")
    private @Nullable Long claimAnnotationId;
    @Column(name = "group_annotation_id")
    private @Nullable Long groupAnnotationId;
    @Column(nullable = false)
    private String author = "";
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;
    @Column(nullable = false)
    private String change = "";

    protected HistoryEntity() {
    }

    public static HistoryEntity ofClaim(long claimAnnotationId, String author, Instant at, String change) {
        var e = new HistoryEntity();
        e.claimAnnotationId = claimAnnotationId;
        e.author = author;
        e.changedAt = at;
        e.change = change.length() <= 4000 ? change : change.substring(0, 3999) + "\u2026";
        return e;
    }

    public static HistoryEntity ofGroup(long groupAnnotationId, String author, Instant at, String change) {
        var e = ofClaim(0, author, at, change);
        e.claimAnnotationId = null;
        e.groupAnnotationId = groupAnnotationId;
        return e;
    }

    public @Nullable Long claimAnnotationId() {
        return claimAnnotationId;
    }

    public @Nullable Long groupAnnotationId() {
        return groupAnnotationId;
    }

    public HistoryEntry toEntry() {
        return new HistoryEntry(author, changedAt, change);
    }
}
