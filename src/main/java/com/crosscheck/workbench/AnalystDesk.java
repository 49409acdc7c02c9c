package com.crosscheck.workbench;

import com.crosscheck.annotation.AnnotationService;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.GroupReview;
import com.crosscheck.annotation.GroupReviewService;
import com.crosscheck.annotation.HistoryEntry;
import com.crosscheck.annotation.RegroupingService;
import com.crosscheck.annotation.ReviewChange;
import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;

/**
 * The analyst's actions on a comparison, for the workspace's forms: each goes to its service (which checks the
 * role again) and the comparison is then shown anew with {@code reload}, so that marks, groups and panel agree.
 */
class AnalystDesk {

    /** Shows the comparison again with this claim selected (or none). */
    interface Reload {
        void show(@Nullable String claimId);
    }

    private static final Set<String> ANNOTATING_ROLES = Set.of("ROLE_ANALYST", "ROLE_ADMIN");

    private final AnnotationService annotations;
    private final GroupReviewService groupReviews;
    private final RegroupingService regrouping;
    private final ClaimService claims;
    private Reload reload = claimId -> { };

    AnalystDesk(AnnotationService annotations, GroupReviewService groupReviews, RegroupingService regrouping,
            ClaimService claims) {
        this.annotations = annotations;
        this.groupReviews = groupReviews;
        this.regrouping = regrouping;
        this.claims = claims;
    }

    void onReload(Reload newReload) {
        this.reload = newReload;
    }

    /** Whether the signed-in user may change annotations (analysts and admins; viewers only read). */
    boolean canAnnotate() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(ANNOTATING_ROLES::contains);
    }

    /** What analysts said about these claims and groups. */
    AnalystLayer layerFor(List<StoredClaim> shownClaims, List<ClaimGroup> groups, List<ArticleId> articles) {
        var reviews = new java.util.HashMap<String, ClaimReview>();
        annotations.reviewsOf(shownClaims.stream().map(StoredClaim::id).toList())
                .forEach((id, review) -> reviews.put(id.toString(), review));
        return new AnalystLayer(reviews, groupReviews.reviewsOf(groups), annotations.orphansOf(articles));
    }

    List<HistoryEntry> historyOf(ShownClaim claim) {
        return annotations.historyOf(claim.stored().id());
    }

    List<HistoryEntry> historyOf(GroupReview review) {
        return groupReviews.historyOf(review.id());
    }

    List<HistoryEntry> historyOf(ClaimReview orphan) {
        return annotations.historyOfReview(orphan.id());
    }

    void review(ShownClaim claim, ReviewChange change, @Nullable Long version) {
        annotations.review(claim.stored().id(), change, version);
        reload.show(claim.id());
    }

    void reviewGroup(ShownGroup group, @Nullable String note, @Nullable Verdict verdict, @Nullable ShownClaim focus) {
        groupReviews.review(group.group(), group.review(), note, verdict);
        reload.show(focus == null ? group.members().getFirst().id() : focus.id());
    }

    void keepApart(ShownClaim a, ShownClaim b) {
        regrouping.keepApart(a.stored().id(), b.stored().id());
        reload.show(a.id());
    }

    void move(ShownClaim claim, @Nullable ShownGroup from, ShownGroup to) {
        List<ClaimId> current = from == null ? List.of() : from.members().stream().map(m -> m.stored().id()).toList();
        regrouping.move(claim.stored().id(), current, to.group());
        reload.show(claim.id());
    }

    void split(ShownGroup group, List<ShownClaim> splitOff) {
        regrouping.split(group.group(), splitOff.stream().map(m -> m.stored().id()).toList());
        reload.show(splitOff.getFirst().id());
    }

    void merge(ShownGroup a, ShownGroup b) {
        regrouping.merge(a.group(), b.group());
        reload.show(a.members().getFirst().id());
    }

    /** Removes a claim an analyst added (extracted claims are marked false instead). */
    void removeClaim(ShownClaim claim) {
        claims.removeClaim(claim.stored().id());
        reload.show(null);
    }

    /** Adds the analyst's claim; the caller shows {@link com.crosscheck.claims.InvalidClaimException}'s problems. */
    void addClaim(ArticleId article, ClaimDraft draft) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!canAnnotate() || auth == null) {
            throw new org.springframework.security.access.AccessDeniedException("Only analysts can add claims.");
        }
        StoredClaim added = claims.addClaim(article, draft, auth.getName());
        reload.show(added.id().toString());
    }
}
