package com.crosscheck.annotation;

/** An annotation was refused; the message says why in words fit to show the analyst. */
public class InvalidAnnotationException extends RuntimeException {

    public InvalidAnnotationException(String message) {
        super(message);
    }
}
