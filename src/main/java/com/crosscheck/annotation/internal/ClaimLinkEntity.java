package com.crosscheck.annotation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An analyst's decision about two annotated claims (by annotation id, first below second). */
@Entity
@Table(name = "claim_link")
public class ClaimLinkEntity {

    /** {@code TOGETHER}: the same quantity; {@code APART}: not the same quantity. */
    public enum Type { TOGETHER, APART }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "link_type", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Type type = Type.APART;
    @Column(name = "first_id", nullable = false)
    private long firstId;
    @Column(name = "second_id", nullable = false)
    private long secondId;
    @Column(name = "created_by", nullable = false)
    private String createdBy = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ClaimLinkEntity() {
    }

    public ClaimLinkEntity(Type type, long a, long b, String author, Instant at) {
        if (a == b) {
            throw new IllegalArgumentException("a link needs two different claims, got annotation " + a + " twice");
        }
        this.type = type;
        this.firstId = Math.min(a, b);
        this.secondId = Math.max(a, b);
        this.createdBy = author;
        this.createdAt = at;
    }

    public Type type() {
        return type;
    }

    public void retype(Type newType, String author, Instant at) {
        this.type = newType;
        this.createdBy = author;
        this.createdAt = at;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long firstId() {
        return firstId;
    }

    public long secondId() {
        return secondId;
    }
}
