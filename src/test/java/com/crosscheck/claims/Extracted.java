package com.crosscheck.claims;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard extractor applied to a snippet, for the rule tests. */
final class Extracted {

    static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 22);
    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private Extracted() {
    }

    /** The claims of {@code text}, as if published on {@link #PUBLISHED}. */
    static List<Claim> claims(String text) {
        return EXTRACTOR.extract(text, PUBLISHED);
    }

    /** The one claim of {@code text}; fails naming the text when there is not exactly one. */
    static Claim only(String text) {
        List<Claim> claims = claims(text);
        assertThat(claims).as("claims in: " + text).hasSize(1);
        return claims.getFirst();
    }
}
