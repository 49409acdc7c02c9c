package com.crosscheck.cli;

import com.crosscheck.Application;
import com.crosscheck.TestArticles;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code export} command against a database that holds two disagreeing reports. */
class ExportCommandTest {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:cli-export;DB_CLOSE_DELAY=-1";

    @Test
    void exports_json_to_standard_output_and_markdown_to_a_file_and_names_the_formats_when_one_is_unknown(@TempDir Path dir)
            throws Exception {
        ArticleId first;
        ArticleId second;
        try (var context = ServiceContext.start(Application.class, List.of(), List.of(DATABASE))) {
            var corpus = context.getBean(CorpusService.class);
            var claims = context.getBean(ClaimService.class);
            first = TestArticles.marketStrikeReport(corpus, claims, "Cli Outlet One", 40);
            second = TestArticles.marketStrikeReport(corpus, claims, "Cli Outlet Two", 35);
        }

        Run json = run("export", "--format", "json", "--articles", first + "," + second, DATABASE);
        assertThat(json.status).as(json.err).isZero();
        JsonNode data = JsonMapper.builder().build().readTree(json.out);
        assertThat(data.get("articles").valueStream().map(a -> a.get("outlet").asString()))
                .containsExactly("Cli Outlet One", "Cli Outlet Two");
        assertThat(data.get("groups").valueStream().anyMatch(g -> g.get("verdict").asString().equals("conflict"))).isTrue();

        Path file = dir.resolve("notes.md");
        Run md = run("export", "--format", "md", "--out", file.toString(), DATABASE);
        assertThat(md.status).as(md.err).isZero();
        assertThat(md.out).isEmpty();
        assertThat(Files.readString(file)).contains("# Comparison notes", "Cli Outlet One", "Cli Outlet Two");

        Run unknown = run("export", "--format", "docx", DATABASE);
        assertThat(unknown.status).isEqualTo(1);
        assertThat(unknown.err).contains("There is no export format \u201cdocx\u201d").contains("md, csv, json, w3c, pdf");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            status = CommandLineInterface.run(Application.class, args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
