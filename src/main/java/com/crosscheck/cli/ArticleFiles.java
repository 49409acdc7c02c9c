package com.crosscheck.cli;

import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleReadException;
import com.crosscheck.corpus.ArticleReader;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads the article files of a command, reporting each unreadable one on standard error. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Hands each readable file to {@code action} with its base name.
     *
     * @return the number of files that could not be read
     */
    static int forEach(String command, List<Path> files, long maxFileSize, BiConsumer<String, ArticleDraft> action) {
        var reader = new ArticleReader(maxFileSize);
        int failures = 0;
        for (Path file : files) {
            try {
                ArticleDraft draft = reader.read(file);
                action.accept(file.getFileName().toString(), draft);
            } catch (ArticleReadException e) {
                System.err.println("crosscheck " + command + ": " + e.getMessage());
                failures++;
            }
        }
        return failures;
    }
}
