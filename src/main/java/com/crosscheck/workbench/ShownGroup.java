package com.crosscheck.workbench;

import com.crosscheck.annotation.GroupReview;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A claim group as the comparison shows it.
 *
 * @param number  its place in reading order, from 1: groups are numbered by where they first appear,
 *                left column first, so "next group" walks down the page
 * @param members its claims, in column then text order
 */
record ShownGroup(int number, ClaimGroup group, List<ShownClaim> members, @Nullable GroupReview review) {

    ShownGroup {
        members = List.copyOf(members);
    }

    ShownGroup(int number, ClaimGroup group, List<ShownClaim> members) {
        this(number, group, members, null);
    }

    /** The verdict matching reached, whatever an analyst set. */
    Verdict automaticVerdict() {
        return group.verdict();
    }

    /** Whether an analyst's verdict replaces the automatic one. */
    boolean isOverridden() {
        return review != null && review.verdict() != null && review.verdict() != group.verdict();
    }

    String id() {
        return group.id();
    }

    /** The analyst's verdict where one was set, else matching's. */
    Verdict verdict() {
        return review != null && review.verdict() != null ? review.verdict() : group.verdict();
    }

    boolean isConflict() {
        return verdict() == Verdict.CONFLICT;
    }
}
