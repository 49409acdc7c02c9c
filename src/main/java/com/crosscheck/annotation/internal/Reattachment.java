package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.ClaimsExtracted;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.CorpusService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * After an article's claims were extracted anew (new rows, new ids), attaches each of its annotations to the
 * claim at its anchor, or orphans it with the reason. Runs in the extraction's transaction, so claims and
 * annotations never disagree. One claim carries one annotation: a second one placed on it is orphaned too.
 */
@Component
class Reattachment {

    private final ClaimAnnotationRepository annotations;
    private final HistoryRepository history;
    private final ClaimService claims;
    private final CorpusService corpus;
    private final Clock clock;

    Reattachment(ClaimAnnotationRepository annotations, HistoryRepository history, ClaimService claims,
            CorpusService corpus, Clock clock) {
        this.annotations = annotations;
        this.history = history;
        this.claims = claims;
        this.corpus = corpus;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimsExtracted event) {
        List<ClaimAnnotationEntity> anchored = annotations.findByArticleIdOrderByStartOffset(event.articleId().value());
        if (anchored.isEmpty()) {
            return;
        }
        String body = corpus.findArticle(event.articleId()).orElseThrow().body();
        List<StoredClaim> current = claims.claimsOf(event.articleId());
        // release every claim first: the unique claim_id must hold after each row is written
        record Before(ClaimAnchor anchor, boolean orphaned) {
        }
        var before = anchored.stream().map(a -> new Before(a.anchor(), a.toReview().orphanReason() != null)).toList();
        anchored.forEach(a -> a.attach(null, null, a.toReview().orphanReason()));
        annotations.saveAllAndFlush(anchored);
        Set<Long> taken = new HashSet<>();
        Instant now = clock.instant();
        // reviewed annotations first, so that a bare link anchor never pushes a review off its claim
        List<ClaimAnnotationEntity> order = anchored.stream()
                .sorted((x, y) -> Boolean.compare(y.toReview().hasContent(), x.toReview().hasContent())).toList();
        for (ClaimAnnotationEntity annotation : order) {
            Before was = before.get(anchored.indexOf(annotation));
            TextAnchors.Placement placement = TextAnchors.place(was.anchor(), body, current);
            StoredClaim claim = placement.claim();
            String change;
            if (claim != null && taken.add(claim.id().value())) {
                ClaimAnchor anchor = ClaimAnchor.of(body, claim.claim().span());
                annotation.attach(claim.id().value(), anchor, null);
                change = was.orphaned() ? "attached again to \u201c" + anchor.exact() + "\u201d"
                        : Objects.equals(anchor.span(), was.anchor().span()) ? null
                        : "moved from \u201c" + was.anchor().exact() + "\u201d to \u201c" + anchor.exact()
                                + "\u201d after the claims were extracted again";
            } else {
                String reason = claim != null ? "its claim \u201c" + claim.claim().text() + "\u201d already carries another annotation"
                        : placement.orphanReason();
                annotation.attach(null, null, reason);
                change = was.orphaned() ? null : "orphaned: " + reason;
            }
            if (change != null) {
                history.save(HistoryEntity.ofClaim(annotation.id(), Authors.SYSTEM, now, change));
            }
        }
        annotations.saveAllAndFlush(anchored);
    }
}
