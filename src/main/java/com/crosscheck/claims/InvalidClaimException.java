package com.crosscheck.claims;

import com.crosscheck.base.DomainException;

import java.util.Map;

/**
 * A hand-made claim was refused. {@link #problems()} maps each form field ({@code span}, {@code kind},
 * {@code value}, {@code unit}, {@code subject}) to the reason in words, to be shown beside that field.
 */
public class InvalidClaimException extends DomainException {

    private final Map<String, String> problems;

    public InvalidClaimException(Map<String, String> problems) {
        super(Kind.INVALID, String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
