package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;

import java.util.ArrayList;
import java.util.List;

/** Claims found to measure one quantity, with why each joined. */
final class Cluster {

    private final List<ClaimFeatures> members = new ArrayList<>();
    private final List<String> evidence = new ArrayList<>();

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

    /** Two articles, or a sequence inside one (only trips form sequences here). */
    boolean isReportable() {
        long articles = members.stream().map(m -> m.compared().article()).distinct().count();
        return members.size() > 1 && (articles > 1 || members.getFirst().kind() == ClaimKind.TRIP);
    }
}
