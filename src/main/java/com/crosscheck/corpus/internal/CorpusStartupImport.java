package com.crosscheck.corpus.internal;

import com.crosscheck.corpus.CorpusImporter;
import com.crosscheck.corpus.CorpusProperties;
import com.crosscheck.corpus.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Files;

/**
 * Imports the corpus folder when the workbench starts. Re-running is harmless: articles already stored
 * (same content hash) are skipped, and one bad file does not stop the others.
 */
@Component
@Order(0)
class CorpusStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CorpusStartupImport.class);

    private final CorpusImporter importer;
    private final CorpusProperties properties;

    CorpusStartupImport(CorpusImporter importer, CorpusProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.importOnStart()) {
            return;
        }
        var dir = properties.dir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            log.warn("Corpus folder {} does not exist; starting with the articles already stored", dir);
            return;
        }
        ImportReport report = importer.importDirectory(dir);
        report.failures().forEach(failure -> log.warn("Not imported: {}", failure.message()));
        log.info("Corpus {}: {}", dir, report.summary());
    }
}
