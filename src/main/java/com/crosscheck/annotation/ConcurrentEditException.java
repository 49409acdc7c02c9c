package com.crosscheck.annotation;

import com.crosscheck.base.DomainException;

/**
 * Someone else saved the same annotation since it was read. The message says who and when; the caller keeps
 * the user's input so that nothing is lost.
 */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String message) {
        super(Kind.CONFLICT, message);
    }
}
