package com.crosscheck.workbench;

import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.Verdict;

import java.util.List;

/**
 * A claim group as the comparison shows it.
 *
 * @param number  its place in reading order, from 1: groups are numbered by where they first appear,
 *                left column first, so "next group" walks down the page
 * @param members its claims, in column then text order
 */
record ShownGroup(int number, ClaimGroup group, List<ShownClaim> members) {

    ShownGroup {
        members = List.copyOf(members);
    }

    String id() {
        return group.id();
    }

    Verdict verdict() {
        return group.verdict();
    }

    boolean isConflict() {
        return group.verdict() == Verdict.CONFLICT;
    }
}
