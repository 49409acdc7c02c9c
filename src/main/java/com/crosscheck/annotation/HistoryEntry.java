package com.crosscheck.annotation;

import java.time.Instant;

/** One recorded change: who, when, and what in words ("status Unreviewed → Disputed; note added"). */
public record HistoryEntry(String author, Instant at, String change) {
}
