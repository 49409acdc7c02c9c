package com.crosscheck.claims;

import java.util.Locale;

/**
 * The part of a page a claim was found in. Only {@link #BODY} claims are the article's own statements;
 * the others are left out of matching by default.
 */
public enum Section {
    /** The article's own prose, headline included. */
    BODY,
    /** An embedded social-media post and its byline. */
    EMBED,
    /** A photo caption or credit line. */
    CAPTION,
    /** A trailing block of other stories ("More from ..."). */
    RELATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
