package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.StoredClaim;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Finds an anchored annotation's place in a text and the claim there now, the way a W3C Web Annotation client
 * resolves a TextQuoteSelector with a TextPositionSelector as a hint: the quote at its old position if it is
 * still there, else the occurrence whose surrounding text best matches the stored prefix and suffix (the
 * nearest on a tie); then the claim that overlaps that text most.
 */
public final class TextAnchors {

    private TextAnchors() {
    }

    /** Where the annotation goes now: a claim, or no claim and the reason in words. */
    public record Placement(@Nullable StoredClaim claim, @Nullable String orphanReason) {
    }

    /** The quote's place in {@code body}, or null when the quote is no longer there or cannot be told apart. */
    public static @Nullable TextSpan locate(ClaimAnchor anchor, String body) {
        String exact = anchor.exact();
        if (anchor.end() <= body.length() && body.startsWith(exact, anchor.start())) {
            return anchor.span();
        }
        TextSpan best = null;
        int bestContext = -1;
        int bestDistance = Integer.MAX_VALUE;
        int ties = 0;
        for (int at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
            int context = commonSuffix(body.substring(Math.max(0, at - anchor.prefix().length()), at), anchor.prefix())
                    + commonPrefix(body.substring(at + exact.length(), Math.min(body.length(), at + exact.length()
                            + anchor.suffix().length())), anchor.suffix());
            int distance = Math.abs(at - anchor.start());
            if (context > bestContext) {
                best = new TextSpan(at, at + exact.length());
                bestContext = context;
                bestDistance = distance;
                ties = 0;
            } else if (context == bestContext) {
                ties++;
                if (distance < bestDistance) {
                    best = new TextSpan(at, at + exact.length());
                    bestDistance = distance;
                }
            }
        }
        // several places with no telling context: better orphaned than attached to the wrong figure
        return best != null && (bestContext > 0 || ties == 0) ? best : null;
    }

    /** The claim the annotation belongs to in {@code body}, among the article's {@code claims}. */
    public static Placement place(ClaimAnchor anchor, String body, List<StoredClaim> claims) {
        TextSpan at = locate(anchor, body);
        if (at == null) {
            return new Placement(null, "the text \u201c" + anchor.exact() + "\u201d is no longer in the article");
        }
        StoredClaim best = null;
        int bestOverlap = 0;
        for (StoredClaim claim : claims) {
            TextSpan span = claim.claim().span();
            int overlap = Math.min(span.end(), at.end()) - Math.max(span.start(), at.start());
            if (overlap > bestOverlap) {
                best = claim;
                bestOverlap = overlap;
            }
        }
        return best != null ? new Placement(best, null)
                : new Placement(null, "no claim covers \u201c" + anchor.exact() + "\u201d since the claims were extracted again");
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
