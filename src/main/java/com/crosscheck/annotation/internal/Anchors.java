package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.annotation.InvalidAnnotationException;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.CorpusService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The annotation rows of claims, made on first use: every review, note or link hangs on one. */
@Component
public class Anchors {

    private final ClaimAnnotationRepository annotations;
    private final ClaimService claims;
    private final CorpusService corpus;

    Anchors(ClaimAnnotationRepository annotations, ClaimService claims, CorpusService corpus) {
        this.annotations = annotations;
        this.claims = claims;
        this.corpus = corpus;
    }

    /** The claim's annotation row, made (anchored to the claim's text) when it has none yet. */
    public ClaimAnnotationEntity of(ClaimId id, String author, Instant at) {
        return annotations.findByClaimId(id.value()).orElseGet(() -> {
            StoredClaim claim = claims.find(id).orElseThrow(() -> new InvalidAnnotationException(
                    "The claim " + id + " no longer exists; its article's claims may have been extracted again. Reload the page."));
            String body = corpus.findArticle(claim.article()).orElseThrow().body();
            return annotations.saveAndFlush(new ClaimAnnotationEntity(claim.article(), id,
                    ClaimAnchor.of(body, claim.claim().span()), author, at));
        });
    }

    /** The annotation rows of several claims, in the order given. */
    public Map<ClaimId, ClaimAnnotationEntity> of(Collection<ClaimId> ids, String author, Instant at) {
        var result = new LinkedHashMap<ClaimId, ClaimAnnotationEntity>();
        ids.forEach(id -> result.put(id, of(id, author, at)));
        return result;
    }

    /** The attached annotation rows of the given claims, looked up in slices so huge comparisons stay cheap. */
    public List<ClaimAnnotationEntity> attachedTo(Collection<Long> claimIds) {
        List<Long> ids = List.copyOf(claimIds);
        var found = new java.util.ArrayList<ClaimAnnotationEntity>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(annotations.findByClaimIdIn(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return found;
    }
}
