/**
 * Matching claims across articles: claims that measure the same quantity are grouped, and each group gets a
 * verdict (agree, conflict, evolving) with an explanation naming values, outlets and dates.
 *
 * <p>Public API: {@link com.crosscheck.matching.ClaimMatcher} (pure, no database: also used by the command
 * line) and the records it exchanges. The pairing rules live in {@code internal}; every pairing decision
 * keeps its evidence.
 */
@NullMarked
package com.crosscheck.matching;

import org.jspecify.annotations.NullMarked;
