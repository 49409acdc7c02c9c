package com.crosscheck.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Settings of the corpus, {@code crosscheck.corpus.*}.
 *
 * @param dir          the folder imported on start ({@code crosscheck.corpus.dir}, env {@code CROSSCHECK_CORPUS_DIR})
 * @param importOnStart whether to import {@code dir} when the workbench starts
 * @param maxFileSize  files larger than this are refused
 */
@ConfigurationProperties("crosscheck.corpus")
public record CorpusProperties(
        @DefaultValue("./corpus") Path dir,
        @DefaultValue("true") boolean importOnStart,
        @DefaultValue("20MB") DataSize maxFileSize) {
}
