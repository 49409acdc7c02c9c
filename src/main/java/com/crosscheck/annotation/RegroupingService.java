package com.crosscheck.annotation;

import com.crosscheck.annotation.internal.Anchors;
import com.crosscheck.annotation.internal.Authors;
import com.crosscheck.annotation.internal.ClaimAnnotationEntity;
import com.crosscheck.annotation.internal.ClaimLinkEntity.Type;
import com.crosscheck.annotation.internal.Links;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.MatchingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analysts' decisions about which claims measure the same quantity: keep two apart, move a claim to another
 * group, split a group, merge two groups. They are stored as pair decisions between claims (anchored to the
 * text like every annotation), and matching obeys them from then on; the affected comparisons are computed
 * again. Needs the ANALYST role.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ANALYST')")
public class RegroupingService {

    private final Anchors anchors;
    private final Links links;
    private final ClaimService claims;
    private final MatchingService matching;
    private final Clock clock;

    RegroupingService(Anchors anchors, Links links, ClaimService claims, MatchingService matching, Clock clock) {
        this.anchors = anchors;
        this.links = links;
        this.claims = claims;
        this.matching = matching;
        this.clock = clock;
    }

    /** Matching will never put these two claims in one group again. */
    public void keepApart(ClaimId a, ClaimId b) {
        if (a.equals(b)) {
            throw new InvalidAnnotationException("Choose two different claims to mark as not the same quantity.");
        }
        decide(Type.APART, List.of(a), List.of(b));
    }

    /**
     * Moves a claim out of its group (if any) into {@code target}: kept apart from its old group's other claims,
     * put together with the target's.
     */
    public void move(ClaimId claim, List<ClaimId> currentGroup, ClaimGroup target) {
        List<ClaimId> to = ids(target);
        if (to.contains(claim)) {
            throw new InvalidAnnotationException("The claim is already in that group.");
        }
        List<ClaimId> from = currentGroup.stream().filter(c -> !c.equals(claim) && !to.contains(c)).toList();
        decide(Type.APART, List.of(claim), from);
        decide(Type.TOGETHER, List.of(claim), to);
    }

    /** Splits {@code splitOff} out of the group into a group of their own. */
    public void split(ClaimGroup group, Collection<ClaimId> splitOff) {
        List<ClaimId> members = ids(group);
        List<ClaimId> part = members.stream().filter(splitOff::contains).toList();
        List<ClaimId> rest = members.stream().filter(c -> !splitOff.contains(c)).toList();
        if (part.isEmpty() || rest.isEmpty()) {
            throw new InvalidAnnotationException("Choose some but not all of the group's claims to split off.");
        }
        decide(Type.APART, part, rest);
        for (int i = 1; i < part.size(); i++) {
            decide(Type.TOGETHER, List.of(part.getFirst()), List.of(part.get(i)));
        }
    }

    /** Merges two groups into one. */
    public void merge(ClaimGroup a, ClaimGroup b) {
        if (a.id().equals(b.id())) {
            throw new InvalidAnnotationException("Choose another group to merge with.");
        }
        decide(Type.TOGETHER, ids(a), ids(b));
    }

    /** Every pair of a claim of {@code left} and one of {@code right} gets the decision. */
    private void decide(Type type, List<ClaimId> left, List<ClaimId> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        String author = Authors.current();
        Instant now = clock.instant();
        Set<ClaimId> all = new LinkedHashSet<>(left);
        all.addAll(right);
        Map<ClaimId, ClaimAnnotationEntity> anchored = anchors.of(all, author, now);
        // every pair, so that a later decision replaces any opposite one between the two sides
        for (ClaimId l : left) {
            for (ClaimId r : right) {
                if (!l.equals(r)) {
                    links.decide(type, anchored.get(l), anchored.get(r), author, now);
                }
            }
        }
        forgetComparisonsOf(all);
    }

    private void forgetComparisonsOf(Collection<ClaimId> ids) {
        var articles = new LinkedHashSet<com.crosscheck.corpus.ArticleId>();
        for (ClaimId id : ids) {
            claims.find(id).map(StoredClaim::article).ifPresent(articles::add);
        }
        articles.forEach(matching::forget);
    }

    private static List<ClaimId> ids(ClaimGroup group) {
        var ids = new ArrayList<ClaimId>();
        group.claims().forEach(c -> ids.add(new ClaimId(Long.parseLong(c))));
        return ids;
    }
}
