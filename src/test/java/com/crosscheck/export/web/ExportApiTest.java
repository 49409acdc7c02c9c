package com.crosscheck.export.web;

import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserService;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.testing.KaribuLogin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/export} for anyone signed in, {@code /api/backup} for admins, refusals as problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:export-api;DB_CLOSE_DELAY=-1",
        "crosscheck.admin.password=" + ExportApiTest.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {

    static final String ADMIN_PASSWORD = "export-admin-pw";
    private static final String VIEWER = "export.viewer:viewer-pw";
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CorpusService corpus;

    private final HttpClient http = HttpClient.newHttpClient();
    private String ids = "";

    @BeforeAll
    void viewer() {
        KaribuLogin.useSecurityOf(context);
        KaribuLogin.as(Role.ADMIN);
        context.getBean(UserService.class).create("export.viewer", "viewer-pw", Role.VIEWER);
        KaribuLogin.signOut();
        ids = corpus.findSummaries(ArticleFilter.ALL).stream().limit(3).map(a -> a.id().toString()).collect(Collectors.joining(","));
    }

    @Test
    void anonymous_callers_get_401() throws Exception {
        assertThat(send(get("/api/export?format=md"), null).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/backup"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_viewer_downloads_an_export_as_an_attachment() throws Exception {
        HttpResponse<String> md = send(get("/api/export?articles=" + ids + "&format=md"), VIEWER);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(md.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment;").contains("crosscheck-comparison-").contains(".md"));
        assertThat(md.body()).contains("# Comparison notes", "## Claim groups");

        HttpResponse<String> corpusCsv = send(get("/api/export?format=csv"), VIEWER);
        assertThat(corpusCsv.statusCode()).isEqualTo(200);
        assertThat(corpusCsv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("crosscheck-corpus-"));
        assertThat(corpusCsv.body()).startsWith("article_id,outlet,");

        HttpResponse<String> pdf = send(get("/api/export?articles=" + ids + "&format=pdf"), VIEWER);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void a_viewer_may_not_touch_the_backup_but_an_admin_downloads_it() throws Exception {
        assertProblem(send(get("/api/backup"), VIEWER), 403, "Your role does not allow");
        assertProblem(send(post("/api/backup", "{}"), VIEWER), 403, "Your role does not allow");

        HttpResponse<String> backup = send(get("/api/backup"), "admin:" + ADMIN_PASSWORD);
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(backup.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("crosscheck-workspace-"));
        assertThat(backup.body()).contains("\"format\" : \"crosscheck-workspace\"").doesNotContain("$2a$", "password");
        // this workspace holds the corpus: a restore is refused
        assertProblem(send(post("/api/backup", backup.body()), "admin:" + ADMIN_PASSWORD), 409, "only into an empty workspace");
    }

    @Test
    void bad_requests_are_problem_details() throws Exception {
        assertProblem(send(get("/api/export?articles=" + ids + "&format=docx"), VIEWER), 400, "There is no export format");
        assertProblem(send(get("/api/export?articles=abc&format=md"), VIEWER), 400, "is not an article id");
        assertProblem(send(get("/api/export?articles=999999&format=md"), VIEWER), 404, "There is no article 999999");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) throws IOException, InterruptedException {
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
