package com.crosscheck.matching.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A stored comparison: the set of articles its groups were computed for; see {@code V3__claim_groups.sql}. */
@Entity
@Table(name = "comparison")
public class ComparisonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_key", nullable = false, unique = true)
    private String articleKey = "";

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "comparison_article", joinColumns = @JoinColumn(name = "comparison_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    protected ComparisonEntity() {
    }

    public ComparisonEntity(String articleKey, Set<Long> articleIds, Instant computedAt) {
        this.articleKey = articleKey;
        this.articleIds = new HashSet<>(articleIds);
        this.computedAt = computedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("comparison " + articleKey + " has not been saved yet");
        }
        return id;
    }
}
