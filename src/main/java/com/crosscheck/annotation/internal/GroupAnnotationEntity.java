package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.GroupReview;
import com.crosscheck.matching.Verdict;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The row behind a {@link GroupReview}, with the claim annotations of the group it was written for. */
@Entity
@Table(name = "group_annotation")
public class GroupAnnotationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private @Nullable String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict_override")
    private @Nullable Verdict verdictOverride;
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
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_annotation_member", joinColumns = @JoinColumn(name = "group_annotation_id"))
    @Column(name = "claim_annotation_id")
    private Set<Long> members = new HashSet<>();

    protected GroupAnnotationEntity() {
    }

    public GroupAnnotationEntity(String author, Instant at) {
        this.createdBy = author;
        this.createdAt = at;
        this.updatedBy = author;
        this.updatedAt = at;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("a group note has not been saved yet");
        }
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public @Nullable String note() {
        return note;
    }

    public @Nullable Verdict verdictOverride() {
        return verdictOverride;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<Long> members() {
        return members;
    }

    public void change(@Nullable String newNote, @Nullable Verdict verdict, Set<Long> newMembers, String author, Instant at) {
        this.note = newNote;
        this.verdictOverride = verdict;
        this.members.clear();
        this.members.addAll(newMembers);
        this.updatedBy = author;
        this.updatedAt = at;
    }

    public GroupReview toReview() {
        return new GroupReview(id(), note, verdictOverride, version, updatedBy, updatedAt);
    }
}
