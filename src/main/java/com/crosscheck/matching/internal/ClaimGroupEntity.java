package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** A stored claim group of a comparison. */
@Entity
@Table(name = "claim_group")
public class ClaimGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "comparison_id", nullable = false)
    private long comparisonId;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimKind kind = ClaimKind.OTHER;
    @Column(nullable = false)
    private String label = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict = Verdict.AGREE;
    @Column(nullable = false)
    private String explanation = "";
    @ElementCollection
    @CollectionTable(name = "claim_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "claim_id")
    private List<Long> claimIds = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "claim_group_evidence", joinColumns = @JoinColumn(name = "group_id"))
    @OrderColumn(name = "position")
    @Column(name = "evidence")
    private List<String> evidence = new ArrayList<>();

    protected ClaimGroupEntity() {
    }

    public static ClaimGroupEntity of(long comparisonId, int position, ClaimGroup group) {
        var e = new ClaimGroupEntity();
        e.comparisonId = comparisonId;
        e.position = position;
        e.kind = group.kind();
        e.label = cut(group.label(), 500);
        e.verdict = group.verdict();
        e.explanation = cut(group.explanation(), 4000);
        e.claimIds = group.claims().stream().map(Long::valueOf).toList();
        e.evidence = group.evidence().stream().map(x -> cut(x, 1000)).toList();
        return e;
    }

    public ClaimGroup toGroup() {
        if (id == null) {
            throw new IllegalStateException("group \u201c" + label + "\u201d has not been saved yet");
        }
        return new ClaimGroup(Long.toString(id), kind, label, verdict, claimIds.stream().map(String::valueOf).toList(),
                explanation, evidence);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
