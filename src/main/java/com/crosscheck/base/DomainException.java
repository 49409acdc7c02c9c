package com.crosscheck.base;

/**
 * A request the domain refuses, with a message meant for the person who made it: screens show it as it is,
 * the web API returns it as a problem detail whose status follows the {@link Kind}.
 */
public class DomainException extends RuntimeException {

    /** Why the request was refused; decides the HTTP status of the API's answer. */
    public enum Kind {
        /** The input breaks a rule (400). */
        INVALID,
        /** What the request names does not exist (404). */
        NOT_FOUND,
        /** The request clashes with the stored state, such as a duplicate name (409). */
        CONFLICT
    }

    private final Kind kind;

    public DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
