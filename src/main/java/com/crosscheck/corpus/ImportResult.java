package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one file or text on import.
 *
 * @param source    the file name or other origin, as the user knows it
 * @param articleId the stored article: the new one, or the existing one for a duplicate; null on failure
 * @param message   a sentence for the user, naming the source
 */
public record ImportResult(String source, Outcome outcome, @Nullable ArticleId articleId, String message) {

    /** The three ways an import can end. */
    public enum Outcome { IMPORTED, DUPLICATE, FAILED }

    public static ImportResult imported(String source, ArticleId id) {
        return new ImportResult(source, Outcome.IMPORTED, id, source + ": imported as article " + id);
    }

    public static ImportResult duplicate(String source, ArticleId existing) {
        return new ImportResult(source, Outcome.DUPLICATE, existing,
                source + ": already in the corpus as article " + existing + " (same text)");
    }

    public static ImportResult duplicateUrl(String source, ArticleId existing) {
        return new ImportResult(source, Outcome.DUPLICATE, existing,
                source + ": already in the corpus as article " + existing + " (same URL)");
    }

    public static ImportResult failed(String source, String reason) {
        return new ImportResult(source, Outcome.FAILED, null, reason);
    }
}
