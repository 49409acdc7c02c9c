package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;

import java.util.ArrayList;
import java.util.List;

/** Claims found to measure one quantity, with why each joined. */
final class Cluster {

    private final List<ClaimFeatures> members = new ArrayList<>();
    private final List<String> evidence = new ArrayList<>();
    private boolean joinedByAnalyst;

    Cluster(ClaimFeatures first) {
        members.add(first);
    }

    void add(ClaimFeatures claim, String why) {
        members.add(claim);
        evidence.add(why);
    }

    List<ClaimFeatures> members() {
        return members;
    }

    List<String> evidence() {
        return evidence;
    }

    /** Takes in another group's claims, as an analyst decided. */
    void absorb(Cluster other, String why) {
        for (int i = 0; i < other.members.size(); i++) {
            members.add(other.members.get(i));
            evidence.add(i == 0 ? why : other.evidence.get(i - 1));
        }
        joinedByAnalyst = true;
    }

    /** After an analyst merge, puts the members back in reading order (the reasons stay as they are). */
    Cluster inOrder(java.util.Comparator<ClaimFeatures> readingOrder) {
        if (joinedByAnalyst) {
            members.sort(readingOrder);
        }
        return this;
    }

    /** Two articles, a sequence inside one (only trips form sequences here), or claims an analyst put together. */
    boolean isReportable() {
        long articles = members.stream().map(m -> m.compared().article()).distinct().count();
        return members.size() > 1 && (articles > 1 || joinedByAnalyst || members.getFirst().kind() == ClaimKind.TRIP);
    }
}
