/**
 * What analysts conclude about claims: review statuses, notes, corrections, and decisions about which claims
 * measure the same quantity (move, split, merge, keep apart), plus notes and verdict overrides on groups. Every
 * change records its author and time. Annotations are anchored to the article text (quote and position, like
 * W3C Web Annotation selectors) and attached again after claims are extracted anew; one that cannot be placed
 * is kept as orphaned. Matching obeys the decisions through {@link com.crosscheck.matching.AnalystInput}.
 */
@NullMarked
package com.crosscheck.annotation;

import org.jspecify.annotations.NullMarked;
