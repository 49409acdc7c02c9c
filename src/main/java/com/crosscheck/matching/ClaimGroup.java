package com.crosscheck.matching;

import com.crosscheck.claims.ClaimKind;

import java.util.List;

/**
 * Claims that measure the same quantity.
 *
 * @param claims      the ids of its claims, oldest article first
 * @param explanation values, outlets and dates, and why the verdict follows ("5th (World Today News, 8 Feb 2024)
 *                    → 11th (Newsmax, 22 Oct 2024): consistent with the dates")
 * @param evidence    why the claims were put together: for each claim after the first, the pairing that let it join
 */
public record ClaimGroup(String id, ClaimKind kind, String label, Verdict verdict, List<String> claims,
        String explanation, List<String> evidence) {

    public ClaimGroup {
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
    }
}
