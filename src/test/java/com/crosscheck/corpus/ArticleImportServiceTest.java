package com.crosscheck.corpus;

import com.crosscheck.accounts.Role;
import com.crosscheck.base.DomainException;
import com.crosscheck.testing.KaribuLogin;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.crosscheck.corpus.ImportFixtures.docx;
import static com.crosscheck.corpus.ImportFixtures.newsPage;
import static com.crosscheck.corpus.ImportFixtures.pdf;
import static com.crosscheck.corpus.ImportFixtures.story;
import static com.crosscheck.corpus.ImportFixtures.unique;
import static com.crosscheck.corpus.ImportFixtures.utf8;
import static com.crosscheck.corpus.ImportFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports through the service: one result per file, duplicates by text and by address, nothing half-saved. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:article-import-test;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false",
        "crosscheck.corpus.max-file-size=64KB",
        "crosscheck.corpus.max-zip-entries=5",
        "crosscheck.corpus.url-timeout=3s",
        "crosscheck.corpus.url-private-addresses=true"}) // the test's web server runs on this machine
class ArticleImportServiceTest {

    @Autowired
    ArticleImportService imports;
    @Autowired
    CorpusService corpus;
    @Autowired
    ApplicationContext context;

    private HttpServer server;

    @BeforeEach
    void signIn() {
        KaribuLogin.useSecurityOf(context);
        KaribuLogin.as(Role.ANALYST);
    }

    @AfterEach
    void signOut() {
        KaribuLogin.signOut();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void files_of_every_type_are_imported_each_with_its_own_result() throws IOException {
        String u = unique();
        List<ImportResult> txt = imports.importFile("a.txt", utf8("Title: Plain " + u + "\n\nFerries: 17 sank near " + u + "."));
        List<ImportResult> md = imports.importFile("b.md", utf8("# Markdown " + u + "\n\nThe **bridge** was 40 m long, " + u + "."));
        List<ImportResult> html = imports.importFile("c.html", utf8(newsPage("Page " + u, "Valley Times", "2024-04-02", story(u))));
        List<ImportResult> pdf = imports.importFile("d.pdf", pdf("Pdf " + u, List.of("Nine ferries sank near " + u + ".")));
        List<ImportResult> docx = imports.importFile("e.docx", docx("Docx " + u, List.of("Six bridges closed near " + u + ".")));

        for (List<ImportResult> results : List.of(txt, md, html, pdf, docx)) {
            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.outcome()).as(r.message()).isEqualTo(ImportResult.Outcome.IMPORTED);
                assertThat(r.message()).isEqualTo(r.source() + ": imported as article " + r.articleId());
            });
        }
        Article page = corpus.findArticle(html.getFirst().articleId()).orElseThrow();
        assertThat(page.title()).isEqualTo("Page " + u);
        assertThat(page.outlet()).isEqualTo("Valley Times");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(corpus.findArticle(pdf.getFirst().articleId()).orElseThrow().title()).isEqualTo("Pdf " + u);
    }

    @Test
    void the_same_text_again_is_a_duplicate_of_the_stored_article() {
        String text = "Title: First\n\nTwelve boats sank, " + unique() + ".";
        ImportResult first = imports.importFile("first.txt", utf8(text)).getFirst();

        ImportResult again = imports.importFile("again.txt", utf8(text.replace("First", "Second"))).getFirst();

        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(again.message()).isEqualTo("again.txt: already in the corpus as article " + first.articleId() + " (same text)");
    }

    @Test
    void the_same_address_again_is_a_duplicate_even_written_differently() {
        String u = unique();
        ImportResult first = imports.importFile("one.txt", utf8("Title: One\nURL: https://www.news.example/" + u + "/\n\nFirst version, " + u + ".")).getFirst();

        ImportResult again = imports.importFile("two.txt", utf8("Title: Two\nURL: http://NEWS.example/" + u + "?utm_source=x#top\n\nUpdated version, " + u + ".")).getFirst();

        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(again.message()).endsWith("(same URL)");
    }

    @Test
    void a_zip_imports_its_good_files_and_reports_each_bad_one() throws IOException {
        String u = unique();
        var files = new LinkedHashMap<String, byte[]>();
        files.put("good/one.txt", utf8("Title: Zip one " + u + "\n\nFour ferries, " + u + "."));
        files.put("good/two.md", utf8("# Zip two " + u + "\n\nFive bridges, " + u + "."));
        files.put("bad/latin1.txt", "Caf\u00e9 12".getBytes(StandardCharsets.ISO_8859_1));
        files.put("bad/picture.png", new byte[] {1, 2, 3});
        files.put("bad/huge.txt", new byte[70 * 1024]);
        files.put(".hidden.txt", utf8("ignored"));

        List<ImportResult> results = imports.importFile("batch.zip", zip(files));

        assertThat(results).extracting(ImportResult::source).containsExactly("batch.zip/good/one.txt",
                "batch.zip/good/two.md", "batch.zip/bad/latin1.txt", "batch.zip/bad/picture.png", "batch.zip/bad/huge.txt");
        assertThat(results).extracting(ImportResult::outcome).containsExactly(ImportResult.Outcome.IMPORTED,
                ImportResult.Outcome.IMPORTED, ImportResult.Outcome.FAILED, ImportResult.Outcome.FAILED, ImportResult.Outcome.FAILED);
        assertThat(results.get(2).message()).contains("is not valid UTF-8");
        assertThat(results.get(3).message()).contains("unsupported file type \u201c.png\u201d");
        assertThat(results.get(4).message()).contains("too large");
    }

    @Test
    void a_zip_with_too_many_files_stops_at_the_limit_with_a_reason() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 7; i++) {
            files.put("f" + i + ".png", new byte[] {1});
        }

        List<ImportResult> results = imports.importFile("many.zip", zip(files));

        assertThat(results).hasSize(6);
        assertThat(results.getLast().message()).isEqualTo(
                "many.zip: holds more than 5 files; the rest were not imported (split it into smaller zips)");
    }

    @Test
    void a_failure_while_storing_leaves_no_half_saved_article() {
        String u = unique();
        long before = corpus.count();
        // a metadata value longer than its column: the article row is written first, then its metadata fails
        String file = "Title: Half " + u + "\nNotes: " + "x".repeat(2500) + "\n\nBody of " + u + ".";

        ImportResult result = imports.importFile("half.txt", utf8(file)).getFirst();

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(result.message()).startsWith("half.txt: could not be stored (").endsWith("nothing of it was saved");
        assertThat(corpus.count()).isEqualTo(before);
        assertThat(corpus.findSummaries(new ArticleFilter(u, Set.of()))).isEmpty();
    }

    @Test
    void a_web_address_is_fetched_and_read_as_a_page() throws IOException {
        String u = unique();
        String url = serve("/news/" + u, "text/html; charset=utf-8", newsPage("Served " + u, "Local Herald", "2024-05-06", story(u)));

        ImportResult result = imports.importUrl(url);

        assertThat(result.outcome()).as(result.message()).isEqualTo(ImportResult.Outcome.IMPORTED);
        Article article = corpus.findArticle(result.articleId()).orElseThrow();
        assertThat(article.title()).isEqualTo("Served " + u);
        assertThat(article.outlet()).isEqualTo("Local Herald");
        assertThat(article.url()).isEqualTo(url);
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(article.body()).doesNotContain("Related stories");

        assertThat(imports.importUrl(url + "?utm_campaign=share").outcome()).isEqualTo(ImportResult.Outcome.DUPLICATE);
    }

    @Test
    void an_unreachable_address_fails_with_a_clear_message() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/story";

        ImportResult result = imports.importUrl(url);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.FAILED);
        assertThat(result.message()).startsWith(url + ": cannot connect to 127.0.0.1")
                .endsWith("check the address and that this server is online");
        assertThat(imports.importUrl("http://no-such-host.invalid/x").message())
                .contains("the host name is unknown, or this machine is offline");
    }

    @Test
    void a_missing_page_and_a_non_web_address_are_refused_in_words() throws IOException {
        String url = serve("/exists", "text/html", "<p>x</p>");

        assertThat(imports.importUrl(url.replace("/exists", "/gone")).message()).endsWith("the server answered 404 (not found)");
        assertThatThrownBy(() -> imports.importUrl("ftp://files.example/a.txt")).isInstanceOf(DomainException.class)
                .hasMessageContaining("is not a web address");
    }

    @Test
    void pasted_text_is_validated_field_by_field_then_imported() {
        var incomplete = new PastedArticle(" ", null, "not a url", LocalDate.now().plusDays(3), "");
        assertThat(incomplete.problems(LocalDate.now())).containsOnlyKeys("title", "url", "published", "body");
        assertThatThrownBy(() -> imports.importText(incomplete)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Give the article's title.").hasMessageContaining("Paste the article's text.");

        String u = unique();
        ImportResult result = imports.importText(new PastedArticle("Pasted " + u, "Radio Wire",
                "https://radio.example/" + u, LocalDate.of(2024, 1, 9), "Eleven villages were cut off, " + u + "."));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        Article article = corpus.findArticle(result.articleId()).orElseThrow();
        assertThat(article.outlet()).isEqualTo("Radio Wire");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void folders_and_zips_on_disk_are_imported_file_by_file(@TempDir Path dir) throws IOException {
        String u = unique();
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "Title: Folder " + u + "\n\nSeven ferries, " + u + ".");
        Files.write(dir.resolve("sub/b.zip"), zip(Map.of("c.md", utf8("# Zipped " + u + "\n\nEight bridges, " + u + "."))));
        Files.writeString(dir.resolve("notes.xyz"), "skipped in folders");
        Files.writeString(dir.resolve(".hidden.txt"), "skipped");

        ImportReport report = imports.importPaths(List.of(dir), r -> { });

        assertThat(report.results()).extracting(ImportResult::source).containsExactly("a.txt", "b.zip/c.md");
        assertThat(report.count(ImportResult.Outcome.IMPORTED)).isEqualTo(2);
    }

    @Test
    void a_viewer_may_not_import() {
        KaribuLogin.as(Role.VIEWER);

        assertThatThrownBy(() -> imports.importFile("a.txt", utf8("text"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importUrl("https://x.example")).isInstanceOf(AccessDeniedException.class);
    }

    private String serve(String path, String contentType, String body) throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
