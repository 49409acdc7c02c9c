package com.crosscheck.claims;

import com.crosscheck.claims.internal.RuleBasedClaimExtractor;
import com.crosscheck.nlp.TextAnalyzer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** Finds the numeric claims in an article body. Pure and thread-safe: no database, no Spring. */
public interface ClaimExtractor {

    /**
     * Bumped whenever the rules change what they extract; stored claims made by an older version are
     * re-extracted on start.
     */
    int VERSION = 4;

    /**
     * The claims of {@code body} in text order.
     *
     * @param published the article's publication date, against which relative dates ("Oct. 7", "last week")
     *                  are resolved; null when unknown
     */
    List<Claim> extract(String body, @Nullable LocalDate published);

    /** The rule-based extractor on the shared English analyser. */
    static ClaimExtractor standard() {
        return new RuleBasedClaimExtractor(TextAnalyzer.english());
    }
}
