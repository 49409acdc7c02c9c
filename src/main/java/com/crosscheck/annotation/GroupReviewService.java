package com.crosscheck.annotation;

import com.crosscheck.annotation.internal.Anchors;
import com.crosscheck.annotation.internal.Authors;
import com.crosscheck.annotation.internal.ClaimAnnotationEntity;
import com.crosscheck.annotation.internal.ClaimAnnotationRepository;
import com.crosscheck.annotation.internal.GroupAnnotationEntity;
import com.crosscheck.annotation.internal.GroupAnnotationRepository;
import com.crosscheck.annotation.internal.HistoryEntity;
import com.crosscheck.annotation.internal.HistoryRepository;
import com.crosscheck.annotation.internal.ReviewRules;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notes and verdict overrides on claim groups. Groups are computed anew when claims change, so a group's note
 * belongs to the claims it was written for and is shown on the group that holds most of them.
 */
@Service
@Transactional(readOnly = true)
public class GroupReviewService {

    private final GroupAnnotationRepository groups;
    private final ClaimAnnotationRepository annotations;
    private final HistoryRepository history;
    private final Anchors anchors;
    private final Clock clock;

    GroupReviewService(GroupAnnotationRepository groups, ClaimAnnotationRepository annotations, HistoryRepository history,
            Anchors anchors, Clock clock) {
        this.groups = groups;
        this.annotations = annotations;
        this.history = history;
        this.anchors = anchors;
        this.clock = clock;
    }

    /** The review shown on each of {@code claimGroups} that has one, by group id. */
    public Map<String, GroupReview> reviewsOf(List<ClaimGroup> claimGroups) {
        Map<Long, String> groupOfClaim = new HashMap<>();
        claimGroups.forEach(g -> g.claims().forEach(c -> groupOfClaim.put(Long.parseLong(c), g.id())));
        Map<Long, Long> claimOfAnnotation = new HashMap<>();
        anchors.attachedTo(groupOfClaim.keySet()).forEach(a -> claimOfAnnotation.put(a.id(), a.claimId()));
        if (claimOfAnnotation.isEmpty()) {
            return Map.of();
        }
        Map<String, GroupReview> shown = new HashMap<>();
        Map<String, Integer> bestOverlap = new HashMap<>();
        for (GroupAnnotationEntity review : groups.findTouching(claimOfAnnotation.keySet())) {
            Set<Long> attached = annotations.findAllById(review.members()).stream()
                    .filter(a -> a.claimId() != null).map(ClaimAnnotationEntity::id).collect(Collectors.toSet());
            Map<String, Integer> overlap = new HashMap<>();
            attached.stream().map(claimOfAnnotation::get).filter(Objects::nonNull)
                    .forEach(claim -> overlap.merge(groupOfClaim.get(claim), 1, Integer::sum));
            overlap.forEach((group, count) -> {
                if (count * 2 > attached.size() && count > bestOverlap.getOrDefault(group, 0)) {
                    bestOverlap.put(group, count);
                    shown.put(group, review.toReview());
                }
            });
        }
        return shown;
    }

    /** The changes of a group review, newest first. */
    public List<HistoryEntry> historyOf(long groupReviewId) {
        return history.findByGroupAnnotationIdOrderByChangedAtDescIdDesc(groupReviewId).stream().map(HistoryEntity::toEntry).toList();
    }

    /**
     * Saves the group's note and verdict override (null verdict: keep the automatic one).
     *
     * @param current         the review shown on the group when the analyst started, or null when it had none
     * @throws ConcurrentEditException when someone else saved it in between
     */
    @Transactional
    @PreAuthorize("hasRole('ANALYST')")
    public GroupReview review(ClaimGroup group, @Nullable GroupReview current, @Nullable String note, @Nullable Verdict verdict) {
        String author = Authors.current();
        Instant now = clock.instant();
        String cleanNote = ReviewRules.note(note);
        Set<Long> members = new HashSet<>();
        anchors.of(group.claims().stream().map(c -> new ClaimId(Long.parseLong(c))).toList(), author, now)
                .values().forEach(a -> members.add(a.id()));
        GroupReview shownNow = reviewsOf(List.of(group)).get(group.id());
        if (!Objects.equals(shownNow == null ? null : shownNow.version(), current == null ? null : current.version())
                || shownNow != null && current != null && shownNow.id() != current.id()) {
            throw new ConcurrentEditException((shownNow == null ? "The group's note was removed" : shownNow.updatedBy()
                    + " changed this group's note") + " while you were editing. Your text was not saved and is still "
                    + "in the form; save again to replace theirs.");
        }
        GroupAnnotationEntity entity = current == null ? new GroupAnnotationEntity(author, now)
                : groups.findById(current.id()).orElseThrow();
        String change = describe(entity, cleanNote, verdict);
        entity.change(cleanNote, verdict, members, author, now);
        try {
            entity = groups.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Someone else saved this group's note at the same moment. Your text was "
                    + "not saved and is still in the form; save again.");
        }
        history.save(HistoryEntity.ofGroup(entity.id(), author, now, change));
        return entity.toReview();
    }

    private static String describe(GroupAnnotationEntity before, @Nullable String note, @Nullable Verdict verdict) {
        var parts = new java.util.ArrayList<String>();
        if (!Objects.equals(before.verdictOverride(), verdict)) {
            parts.add(verdict == null ? "verdict override removed" : "verdict set to " + verdict.label());
        }
        if (!Objects.equals(before.note(), note)) {
            parts.add(note == null ? "note removed" : before.note() == null ? "note added" : "note changed");
        }
        return parts.isEmpty() ? "saved without changes" : String.join("; ", parts);
    }
}
