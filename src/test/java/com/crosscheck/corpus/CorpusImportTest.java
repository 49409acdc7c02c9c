package com.crosscheck.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CorpusImportTest {

    private static final Path CORPUS = Path.of("corpus");

    @Autowired
    CorpusImporter importer;

    @Autowired
    CorpusService corpus;

    @Test
    void importing_the_bundled_corpus_twice_gives_five_articles() {
        importer.importDirectory(CORPUS);
        ImportReport second = importer.importDirectory(CORPUS);

        assertThat(second.count(ImportResult.Outcome.DUPLICATE)).isEqualTo(5);
        assertThat(second.count(ImportResult.Outcome.IMPORTED)).isZero();
        assertThat(corpus.findSummaries(ArticleFilter.ALL)).hasSize(5);
    }

    @Test
    void the_stored_body_is_the_file_body_byte_for_byte() throws IOException {
        Path file = CORPUS.resolve("002_fd76df6513023300.txt");
        String text = Files.readString(file);
        String fileBody = text.substring(text.indexOf("\n\n") + 2);

        ArticleId id = importer.importFile(file).articleId();
        Article stored = corpus.findArticle(id).orElseThrow();

        assertThat(stored.body()).isEqualTo(fileBody);
        assertThat(stored.outlet()).isEqualTo("World Today News");
        assertThat(stored.metadata()).containsEntry("Accuracy", "approximate");
    }

    @Test
    @Transactional // keeps the test's own articles out of the shared corpus
    void a_bad_file_is_reported_and_the_others_still_import(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "Title: Good one\nOutlet: Test Wire\n\nA unique body about 17 ferries.");
        Files.write(dir.resolve("b-latin1.txt"), "Title: Caf\u00e9\n\nBody".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c-empty.txt"), "Title: Empty\n\n\n");
        Files.writeString(dir.resolve("d-good.txt"), "Another unique body, about 4 bridges.");
        Files.writeString(dir.resolve("notes.md"), "Not an article file.");

        ImportReport report = importer.importDirectory(dir);

        assertThat(report.results()).extracting(ImportResult::source)
                .containsExactly("a-good.txt", "b-latin1.txt", "c-empty.txt", "d-good.txt");
        assertThat(report.count(ImportResult.Outcome.IMPORTED)).isEqualTo(2);
        assertThat(report.failures()).extracting(ImportResult::message).satisfiesExactly(
                m -> assertThat(m).startsWith("b-latin1.txt: is not valid UTF-8"),
                m -> assertThat(m).startsWith("c-empty.txt: has no article text"));
        assertThat(corpus.findSummaries(new ArticleFilter("ferries", java.util.Set.of())))
                .extracting(ArticleSummary::title).containsExactly("Good one");
        assertThat(corpus.findSummaries(new ArticleFilter("Caf", java.util.Set.of()))).isEmpty();
    }

    @Test
    void filters_by_text_in_title_or_body_and_by_outlet() {
        importer.importDirectory(CORPUS);

        List<ArticleSummary> byBody = corpus.findSummaries(new ArticleFilter("HEZBOLLAH", java.util.Set.of()));
        List<ArticleSummary> byOutlet = corpus.findSummaries(new ArticleFilter("", java.util.Set.of("Newsmax", "GZERO Media")));
        List<ArticleSummary> percentIsLiteral = corpus.findSummaries(new ArticleFilter("%", java.util.Set.of()));

        assertThat(byBody).isNotEmpty().allSatisfy(a -> assertThat(
                corpus.findArticle(a.id()).orElseThrow().body().toLowerCase()).contains("hezbollah"));
        assertThat(byOutlet).extracting(ArticleSummary::outlet).containsExactlyInAnyOrder("Newsmax", "GZERO Media");
        assertThat(percentIsLiteral).as("no bundled article has a percent sign; %% must not act as a wildcard")
                .isEmpty();
    }
}
