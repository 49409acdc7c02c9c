package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into plain text and claims, by offsets into the article body. Claims outside the
 * paragraph are skipped; a claim overlapping one already placed is left as plain text rather than
 * nesting highlights.
 */
final class ParagraphRuns {

    /** A piece of the paragraph: plain text when {@code claim} is null. */
    record Run(TextSpan span, @Nullable ShownClaim claim) {
    }

    private ParagraphRuns() {
    }

    /** @param claims the article's claims in text order */
    static List<Run> split(TextSpan paragraph, List<ShownClaim> claims) {
        var runs = new ArrayList<Run>();
        int at = paragraph.start();
        for (ShownClaim claim : claims) {
            TextSpan span = claim.claim().span();
            if (span.start() < at || span.end() > paragraph.end() || span.start() >= span.end()) {
                continue;
            }
            if (span.start() > at) {
                runs.add(new Run(new TextSpan(at, span.start()), null));
            }
            runs.add(new Run(span, claim));
            at = span.end();
        }
        if (at < paragraph.end()) {
            runs.add(new Run(new TextSpan(at, paragraph.end()), null));
        }
        return runs;
    }
}
