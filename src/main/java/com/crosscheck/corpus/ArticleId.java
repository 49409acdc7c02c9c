package com.crosscheck.corpus;

/** The database identity of a stored article, as it appears in addresses such as {@code /compare/3,7}. */
public record ArticleId(long value) {

    public ArticleId {
        if (value <= 0) {
            throw new IllegalArgumentException("an article id must be positive, was " + value);
        }
    }

    /**
     * Reads an id as written in an address.
     *
     * @throws IllegalArgumentException naming the text when it is not a positive whole number
     */
    public static ArticleId parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("[0-9]{1,18}") || Long.parseLong(trimmed) == 0) {
            throw new IllegalArgumentException("\u201c" + text + "\u201d is not an article id");
        }
        return new ArticleId(Long.parseLong(trimmed));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
