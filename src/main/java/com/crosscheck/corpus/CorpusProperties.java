package com.crosscheck.corpus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the corpus, {@code crosscheck.corpus.*}.
 *
 * @param dir           the folder imported on start ({@code crosscheck.corpus.dir}, env {@code CROSSCHECK_CORPUS_DIR})
 * @param importOnStart whether to import {@code dir} when the workbench starts
 * @param maxFileSize   files larger than this are refused, also inside a zip and pages fetched from a URL
 * @param maxZipSize    a zip larger than this, or whose entries unpack to more than this, is refused
 * @param maxZipEntries a zip with more files than this is refused
 * @param urlTimeout    how long connecting to and reading from a web address may take
 * @param urlPrivateAddresses whether web addresses on this machine or in private networks may be imported (off:
 *                      an import cannot reach the server's own network)
 */
@ConfigurationProperties("crosscheck.corpus")
public record CorpusProperties(
        @DefaultValue("./corpus") Path dir,
        @DefaultValue("true") boolean importOnStart,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("100MB") DataSize maxZipSize,
        @DefaultValue("500") int maxZipEntries,
        @DefaultValue("20s") Duration urlTimeout,
        @DefaultValue("false") boolean urlPrivateAddresses) {
}
