package com.crosscheck.workbench;

import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.GroupReview;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What analysts said about the claims and groups of one comparison, for showing beside them.
 *
 * @param reviews      by claim id
 * @param groupReviews by group id
 * @param orphans      annotations of the comparison's articles that lost their claim
 */
record AnalystLayer(Map<String, ClaimReview> reviews, Map<String, GroupReview> groupReviews, List<ClaimReview> orphans) {

    static final AnalystLayer EMPTY = new AnalystLayer(Map.of(), Map.of(), List.of());

    AnalystLayer {
        reviews = Map.copyOf(reviews);
        groupReviews = Map.copyOf(groupReviews);
        orphans = List.copyOf(orphans);
    }

    @Nullable ClaimReview reviewOf(String claimId) {
        return reviews.get(claimId);
    }

    @Nullable GroupReview reviewOfGroup(String groupId) {
        return groupReviews.get(groupId);
    }
}
