package com.crosscheck.annotation;

import com.crosscheck.annotation.internal.Anchors;
import com.crosscheck.annotation.internal.Authors;
import com.crosscheck.annotation.internal.ClaimAnnotationEntity;
import com.crosscheck.annotation.internal.ClaimAnnotationRepository;
import com.crosscheck.annotation.internal.HistoryEntity;
import com.crosscheck.annotation.internal.HistoryRepository;
import com.crosscheck.annotation.internal.ReviewDiff;
import com.crosscheck.annotation.internal.ReviewRules;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.matching.MatchingService;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reviews of single claims: status, note and corrections, with their history, and the annotations that could
 * not be attached again after re-extraction (orphans). Changing needs the ANALYST role.
 */
@Service
@Transactional(readOnly = true)
public class AnnotationService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final ClaimAnnotationRepository annotations;
    private final HistoryRepository history;
    private final Anchors anchors;
    private final ClaimService claims;
    private final MatchingService matching;
    private final Clock clock;

    AnnotationService(ClaimAnnotationRepository annotations, HistoryRepository history, Anchors anchors,
            ClaimService claims, MatchingService matching, Clock clock) {
        this.annotations = annotations;
        this.history = history;
        this.anchors = anchors;
        this.claims = claims;
        this.matching = matching;
        this.clock = clock;
    }

    public Optional<ClaimReview> reviewOf(ClaimId claim) {
        return annotations.findByClaimId(claim.value()).map(ClaimAnnotationEntity::toReview);
    }

    /** The reviews attached to any of {@code claims}, by claim. */
    public Map<ClaimId, ClaimReview> reviewsOf(Collection<ClaimId> claimIds) {
        return anchors.attachedTo(claimIds.stream().map(ClaimId::value).toList()).stream()
                .map(ClaimAnnotationEntity::toReview)
                .collect(Collectors.toMap(ClaimReview::claim, Function.identity()));
    }

    /** The annotations of these articles that could not be attached to a claim again, in text order. */
    public List<ClaimReview> orphansOf(Collection<ArticleId> articles) {
        return annotations.findByArticleIdInAndClaimIdIsNullOrderByArticleIdAscStartOffsetAsc(
                articles.stream().map(ArticleId::value).toList()).stream().map(ClaimAnnotationEntity::toReview).toList();
    }

    /** The changes of the claim's annotation, newest first; empty when it was never annotated. */
    public List<HistoryEntry> historyOf(ClaimId claim) {
        return annotations.findByClaimId(claim.value()).map(a -> historyOfReview(a.id())).orElse(List.of());
    }

    /** The changes of one annotation (attached or orphaned), newest first. */
    public List<HistoryEntry> historyOfReview(long reviewId) {
        return history.findByClaimAnnotationIdOrderByChangedAtDescIdDesc(reviewId).stream().map(HistoryEntity::toEntry).toList();
    }

    /**
     * Saves the claim's review.
     *
     * @param expectedVersion the {@link ClaimReview#version()} the analyst started from, or null when the claim
     *                        had no review then
     * @throws ConcurrentEditException when someone else saved a review of the claim in between
     * @throws InvalidAnnotationException when a value is refused, with the reason
     */
    @Transactional
    @PreAuthorize("hasRole('ANALYST')")
    public ClaimReview review(ClaimId claimId, ReviewChange change, @Nullable Long expectedVersion) {
        String author = Authors.current();
        Instant now = clock.instant();
        StoredClaim claim = claims.find(claimId).orElseThrow(() -> new InvalidAnnotationException(
                "This claim no longer exists (its article's claims were extracted again). Reload the page; your "
                        + "review was not saved."));
        String note = ReviewRules.note(change.note());
        ClaimCorrection fix = ReviewRules.correction(change.correction(), claim.claim());
        Optional<ClaimAnnotationEntity> existing = annotations.findByClaimId(claimId.value());
        existing.ifPresent(e -> checkVersion(e, expectedVersion));
        ClaimAnnotationEntity entity = existing.orElseGet(() -> anchors.of(claimId, author, now));
        String described = ReviewDiff.describe(entity.status(), entity.note(), entity.correction(), change.status(), note, fix);
        if (existing.isPresent() && ReviewDiff.UNCHANGED.equals(described)) {
            return entity.toReview(); // nothing to record: no new version, no history line
        }
        boolean regroup = !entity.correction().equals(fix);
        entity.change(change.status(), note, fix, author, now);
        try {
            entity = annotations.saveAndFlush(entity);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentEditException("Someone else saved a review of this claim at the same moment. Your "
                    + "changes were not saved and are still in the form: reload the claim and save again.");
        }
        history.save(HistoryEntity.ofClaim(entity.id(), author, now, described));
        if (regroup) {
            matching.forget(claim.article());
        }
        return entity.toReview();
    }

    private void checkVersion(ClaimAnnotationEntity current, @Nullable Long expected) {
        boolean untouched = expected == null && !current.toReview().hasContent();
        if (untouched || expected != null && expected == current.version()) {
            return;
        }
        ClaimReview theirs = current.toReview();
        throw new ConcurrentEditException(theirs.updatedBy() + " changed this claim's review at "
                + TIME.format(theirs.updatedAt().atZone(ZoneId.systemDefault())) + " while you were editing (now: "
                + theirs.status().label() + (theirs.note() == null ? "" : ", note \u201c" + theirs.note() + "\u201d")
                + "). Your changes were not saved and are still in the form; save again to replace theirs.");
    }
}
