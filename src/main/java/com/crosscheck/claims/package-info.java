/**
 * Numeric claims: what each article states in numbers (casualty figures, hostages, displaced people, trip
 * numbers, durations, counts, money, percentages, measures, dates), with bounds, kind, subject, place, time and
 * source.
 *
 * <p>Public API: {@link com.crosscheck.claims.ClaimExtractor} (pure, no database: also used by the command
 * line), {@link com.crosscheck.claims.ClaimService} (stored claims of stored articles) and the records they
 * return. The extraction rules live in {@code internal}.
 */
@NullMarked
package com.crosscheck.claims;

import org.jspecify.annotations.NullMarked;
