package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.matching.AnalystInput;
import com.crosscheck.matching.MatchingDecisions;
import com.crosscheck.matching.MatchingDecisions.ClaimPair;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hands matching the analysts' corrections and pair decisions. */
@Component
class AnalystInputFromAnnotations implements AnalystInput {

    private final Anchors anchors;
    private final ClaimLinkRepository links;

    AnalystInputFromAnnotations(Anchors anchors, ClaimLinkRepository links) {
        this.anchors = anchors;
        this.links = links;
    }

    @Override
    public List<StoredClaim> corrected(List<StoredClaim> claims) {
        Map<Long, ClaimCorrection> fixes = new HashMap<>();
        for (ClaimAnnotationEntity a : anchors.attachedTo(claims.stream().map(c -> c.id().value()).toList())) {
            if (!a.correction().isEmpty()) {
                fixes.put(a.claimId(), a.correction());
            }
        }
        if (fixes.isEmpty()) {
            return claims;
        }
        return claims.stream().map(c -> {
            ClaimCorrection fix = fixes.get(c.id().value());
            return fix == null ? c : new StoredClaim(c.id(), c.article(), fix.applyTo(c.claim()), c.author());
        }).toList();
    }

    @Override
    public MatchingDecisions decisionsAmong(List<StoredClaim> claims) {
        Map<Long, String> claimOf = new HashMap<>();
        for (ClaimAnnotationEntity a : anchors.attachedTo(claims.stream().map(c -> c.id().value()).toList())) {
            claimOf.put(a.id(), Long.toString(a.claimId()));
        }
        if (claimOf.size() < 2) {
            return MatchingDecisions.none();
        }
        Set<ClaimPair> apart = new HashSet<>();
        Set<ClaimPair> together = new HashSet<>();
        // links are few (each one an analyst's click), so all of them are read and filtered here
        for (ClaimLinkEntity link : links.findAll()) {
            String a = claimOf.get(link.firstId());
            String b = claimOf.get(link.secondId());
            if (a != null && b != null) {
                (link.type() == ClaimLinkEntity.Type.APART ? apart : together).add(ClaimPair.of(a, b));
            }
        }
        return new MatchingDecisions(apart, together);
    }
}
