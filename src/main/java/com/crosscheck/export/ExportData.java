package com.crosscheck.export;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.GroupReview;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an export writes about a comparison, gathered once: the articles (oldest first unless chosen in an
 * order), their claims with reviews, the claim groups with analysts' group reviews, and the annotations that
 * could no longer be attached to a claim.
 */
public record ExportData(Instant exportedAt, List<Article> articles, List<ExportedClaim> claims,
        List<ExportedGroup> groups, List<ClaimReview> orphans) {

    public ExportData {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        groups = List.copyOf(groups);
        orphans = List.copyOf(orphans);
    }

    /** A stored claim with its review (if any) and the id of the group it is in (if any). */
    public record ExportedClaim(StoredClaim stored, @Nullable ClaimReview review, @Nullable String groupId) {

        public Claim claim() {
            return stored.claim();
        }

        /** The claim with the analyst's corrections applied; as extracted when they no longer fit. */
        public Claim effective() {
            if (review == null) {
                return stored.claim();
            }
            try {
                return review.correction().applyTo(stored.claim());
            } catch (IllegalArgumentException e) {
                return stored.claim();
            }
        }

        public ReviewStatus status() {
            return review == null ? ReviewStatus.UNREVIEWED : review.status();
        }

        public @Nullable String note() {
            return review == null ? null : review.note();
        }

        public boolean corrected() {
            return review != null && !review.correction().isEmpty();
        }
    }

    /** A claim group with the analysts' note and verdict override shown on it, if any. */
    public record ExportedGroup(ClaimGroup group, @Nullable GroupReview review) {

        /** The analyst's verdict when they set one, else the automatic one. */
        public Verdict verdict() {
            return review != null && review.verdict() != null ? review.verdict() : group.verdict();
        }

        public Verdict automaticVerdict() {
            return group.verdict();
        }

        public boolean overridden() {
            return review != null && review.verdict() != null && review.verdict() != group.verdict();
        }

        public @Nullable String note() {
            return review == null ? null : review.note();
        }
    }

    public Article article(ArticleId id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("article " + id + " is not part of this export"));
    }

    /** The claims of a group, in the group's order. */
    public List<ExportedClaim> claimsOf(ExportedGroup group) {
        Map<String, ExportedClaim> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.put(c.stored().id().toString(), c));
        return group.group().claims().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The claims of the article that are in no group, in text order. */
    public List<ExportedClaim> unmatchedClaimsOf(Article article) {
        return claims.stream().filter(c -> c.stored().article().equals(article.id()) && c.groupId() == null).toList();
    }

    public Optional<ExportedGroup> groupOf(ExportedClaim claim) {
        return groups.stream().filter(g -> g.group().id().equals(claim.groupId())).findFirst();
    }

    /** Who reports it: the outlet, or the title for an article without one. */
    public static String sourceName(Article article) {
        return article.outlet() == null || article.outlet().isBlank() ? article.title() : article.outlet();
    }
}
