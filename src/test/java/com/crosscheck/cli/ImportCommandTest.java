package com.crosscheck.cli;

import com.crosscheck.Application;
import com.crosscheck.corpus.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command: a non-web application context on the configured database, a line per file. */
class ImportCommandTest {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:cli-import;DB_CLOSE_DELAY=-1";

    private record Run(int status, String out) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        var bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int status = CommandLineInterface.run(Application.class, args);
            return new Run(status, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void imports_files_folders_and_zips_then_reports_duplicates_and_failures(@TempDir Path dir) throws IOException {
        String u = ImportFixtures.unique();
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("a.txt"), "Title: Cli " + u + "\n\nFour ferries sank, " + u + ".");
        Files.write(folder.resolve("b.zip"), ImportFixtures.zip(Map.of("c.md", ImportFixtures.utf8("# Zipped " + u + "\n\nSix bridges, " + u + "."))));
        Path pdf = Files.write(dir.resolve("d.pdf"), ImportFixtures.pdf("Cli pdf " + u, List.of("Seven boats sank near " + u + ".")));

        Run first = run("import", folder.toString(), pdf.toString(), DATABASE);

        assertThat(first.status()).as(first.out()).isZero();
        assertThat(first.out().lines().filter(l -> !l.contains(" --- [")).toList()).containsExactly(
                "imported  a.txt: imported as article 1",
                "imported  b.zip/c.md: imported as article 2",
                "imported  d.pdf: imported as article 3",
                "3 imported, 0 already present, 0 failed");

        Path bad = Files.write(dir.resolve("e.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Run second = run("import", folder.resolve("a.txt").toString(), bad.toString(), DATABASE);

        assertThat(second.status()).isEqualTo(1);
        assertThat(second.out()).contains("duplicate a.txt: already in the corpus as article 1 (same text)",
                "failed    e.txt: is not valid UTF-8", "0 imported, 1 already present, 1 failed");
    }
}
