package com.crosscheck.corpus;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports article files and folders. Each file is read and stored on its own (its own transaction), so one
 * bad file never stops the others and a failure leaves nothing half-saved.
 */
@Component
public class CorpusImporter {

    private final CorpusService corpus;
    private final ArticleReader reader;

    CorpusImporter(CorpusService corpus, CorpusProperties properties) {
        this.corpus = corpus;
        this.reader = new ArticleReader(properties.maxFileSize().toBytes());
    }

    /**
     * Imports every article file ({@code *.txt}, not hidden) directly in {@code dir}, in name order. Other files,
     * such as a README beside the articles, are left alone.
     */
    public ImportReport importDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(CorpusImporter::isArticleFile)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + dir, e);
        }
        var results = new ArrayList<ImportResult>();
        for (Path file : files) {
            results.add(importFile(file));
        }
        return new ImportReport(results);
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
    }

    /** Imports one file; never throws for a bad file, the result says what went wrong. */
    public ImportResult importFile(Path file) {
        String source = file.getFileName().toString();
        try {
            return corpus.importArticle(reader.read(file));
        } catch (ArticleReadException e) {
            return ImportResult.failed(source, e.getMessage());
        } catch (DataAccessException e) {
            return ImportResult.failed(source, source + ": could not be stored (" + e.getMostSpecificCause().getMessage() + ")");
        }
    }
}
