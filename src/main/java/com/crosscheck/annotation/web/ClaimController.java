package com.crosscheck.annotation.web;

import com.crosscheck.annotation.AnnotationService;
import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.HistoryEntry;
import com.crosscheck.annotation.ReviewChange;
import com.crosscheck.annotation.ReviewStatus;
import com.crosscheck.base.DomainException;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** An article's claims, and the review of one claim: read by anyone signed in, changed by analysts. */
@RestController
class ClaimController {

    /**
     * The body of {@code POST /api/claims/{id}/review}: the review as it should be saved. {@code version} is the
     * one last read ({@code null} when the claim had no review); a stale one is refused with 409.
     */
    record ReviewRequest(@Nullable ReviewStatus status, @Nullable String note, @Nullable ClaimCorrection correction,
            @Nullable Long version) {
    }

    private final CorpusService corpus;
    private final ClaimService claims;
    private final AnnotationService annotations;

    ClaimController(CorpusService corpus, ClaimService claims, AnnotationService annotations) {
        this.corpus = corpus;
        this.claims = claims;
        this.annotations = annotations;
    }

    @GetMapping("/api/articles/{id}/claims")
    List<ClaimJson> claimsOf(@PathVariable String id) {
        ArticleId article = ApiIds.article(id);
        if (corpus.findArticle(article).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "There is no article " + id + ".");
        }
        List<StoredClaim> found = claims.claimsOf(article);
        Map<ClaimId, ClaimReview> reviews = annotations.reviewsOf(found.stream().map(StoredClaim::id).toList());
        return found.stream().map(c -> ClaimJson.of(c, reviews.get(c.id()))).toList();
    }

    @GetMapping("/api/claims/{id}")
    ClaimJson claim(@PathVariable String id) {
        StoredClaim claim = existing(id);
        return ClaimJson.of(claim, annotations.reviewOf(claim.id()).orElse(null));
    }

    @GetMapping("/api/claims/{id}/history")
    List<HistoryEntry> history(@PathVariable String id) {
        return annotations.historyOf(existing(id).id());
    }

    @PostMapping("/api/claims/{id}/review")
    ReviewJson review(@PathVariable String id, @RequestBody ReviewRequest request) {
        StoredClaim claim = existing(id);
        if (request.status() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "Give a status: one of "
                    + String.join(", ", java.util.Arrays.stream(ReviewStatus.values()).map(Enum::name).toList()) + ".");
        }
        var change = new ReviewChange(request.status(), request.note(),
                request.correction() == null ? ClaimCorrection.none() : request.correction());
        return ReviewJson.of(annotations.review(claim.id(), change, request.version()));
    }

    private StoredClaim existing(String id) {
        return claims.find(ApiIds.claim(id)).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "There is no claim " + id + "; claims get new ids when their article is extracted again."));
    }
}
