package com.crosscheck.annotation.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making a change: the signed-in user, never a name the caller passes in. */
public final class Authors {

    /** The author recorded for re-attachment after re-extraction, which no one in particular does. */
    public static final String SYSTEM = "crosscheck";

    private Authors() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Sign in to annotate claims.");
        }
        return auth.getName();
    }
}
