package com.crosscheck.matching.internal;

import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.matching.ComparedClaim;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Claims of snippets read by the standard extractor, as matching sees them, for the rule tests. */
final class Compared {

    static final LocalDate DAY = LocalDate.of(2013, 7, 2);
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
    private static final AtomicInteger ARTICLES = new AtomicInteger();

    private Compared() {
    }

    /** The claim written {@code figure} in {@code text}, as an article of its own by {@code outlet} of {@link #DAY}. */
    static ComparedClaim claim(String outlet, String text, String figure) {
        return claim("a" + ARTICLES.incrementAndGet(), outlet, DAY, text, figure);
    }

    static ComparedClaim claim(String article, String outlet, @Nullable LocalDate published, String text, String figure) {
        return claim(article, outlet, published, text, figure, 0);
    }

    /** The claim written {@code figure} that starts at or after {@code from} in {@code text}. */
    static ComparedClaim claim(String article, String outlet, @Nullable LocalDate published, String text, String figure,
            int from) {
        List<Claim> claims = EXTRACTOR.extract(text, published);
        Claim claim = claims.stream().filter(c -> c.text().equals(figure) && c.span().start() >= from).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \u201c" + figure + "\u201d in: " + text + " " + claims));
        return new ComparedClaim(article + "@" + claim.span().start(), article, outlet, published, claim,
                claim.sentence().of(text));
    }

    /** The features of the claim written {@code figure} in {@code text}. */
    static ClaimFeatures features(String text, String figure) {
        ComparedClaim c = claim("Outlet", text, figure);
        return ClaimFeatures.of(c, c.sentence());
    }

    static ClaimFeatures features(ComparedClaim c) {
        return ClaimFeatures.of(c, c.sentence());
    }

    /** Word weights as if these sentences made up the comparison. */
    static SentenceWords wordsOf(ClaimFeatures... claims) {
        return new SentenceWords(java.util.Arrays.stream(claims).map(ClaimFeatures::words).map(Set::copyOf).toList());
    }
}
