package com.crosscheck.corpus;

/** A file that cannot become an article; the message names the file and says why, in words for the user. */
public class ArticleReadException extends Exception {

    public ArticleReadException(String message) {
        super(message);
    }
}
