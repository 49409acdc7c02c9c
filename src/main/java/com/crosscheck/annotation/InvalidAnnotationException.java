package com.crosscheck.annotation;

import com.crosscheck.base.DomainException;

/** An annotation was refused; the message says why in words fit to show the analyst. */
public class InvalidAnnotationException extends DomainException {

    public InvalidAnnotationException(String message) {
        super(Kind.INVALID, message);
    }
}
