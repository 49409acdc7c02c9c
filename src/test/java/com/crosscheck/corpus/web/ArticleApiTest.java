package com.crosscheck.corpus.web;

import com.crosscheck.corpus.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.crosscheck.corpus.ImportFixtures.unique;
import static com.crosscheck.corpus.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/articles} against the running server: listing, reading, importing, refusals as problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:article-api;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false",
        "crosscheck.admin.password=" + ArticleApiTest.ADMIN_PASSWORD})
class ArticleApiTest {

    static final String ADMIN_PASSWORD = "articles-admin-pw";
    private static final String ADMIN = "admin:" + ADMIN_PASSWORD;
    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void files_are_imported_with_one_result_each_then_listed_and_read() throws Exception {
        String u = unique();
        var files = new LinkedHashMap<String, byte[]>();
        files.put("one.txt", utf8("Title: Api one " + u + "\nOutlet: Wire\nPublished: 2024-02-03\n\nNine boats sank, " + u + "."));
        files.put("two.md", utf8("# Api two " + u + "\n\nTen bridges closed, " + u + "."));

        HttpResponse<String> created = send(multipart(files), ADMIN);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("imported").asInt()).isEqualTo(2);
        assertThat(body.get("results").get(0).get("outcome").asString()).isEqualTo("imported");
        long id = body.get("results").get(0).get("articleId").asLong();
        assertThat(body.get("results").get(0).get("location").asString()).isEqualTo("/api/articles/" + id);

        HttpResponse<String> mixed = send(multipart(Map.of("one.txt", files.get("one.txt"), "bad.exe", new byte[] {1})), ADMIN);
        assertThat(mixed.statusCode()).isEqualTo(200);
        assertThat(mixed.body()).contains("\"duplicates\":1", "\"failed\":1", "unsupported file type");

        HttpResponse<String> list = send(get("/api/articles"), ADMIN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"title\":\"Api one " + u + "\"", "\"published\":\"2024-02-03\"", "\"wordCount\":")
                .doesNotContain("Nine boats sank");

        HttpResponse<String> one = send(get("/api/articles/" + id), ADMIN);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).get("body").asString()).isEqualTo("Nine boats sank, " + u + ".");
    }

    @Test
    void pasted_text_is_created_and_a_second_time_is_a_conflict() throws Exception {
        String u = unique();
        String json = "{\"title\":\"Pasted " + u + "\",\"outlet\":\"Radio\",\"url\":\"https://radio.example/" + u
                + "\",\"published\":\"2024-01-09\",\"body\":\"Eleven villages cut off, " + u + ".\"}";

        HttpResponse<String> created = send(postJson(json), ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches(".*/api/articles/\\d+"));

        HttpResponse<String> again = send(postJson(json), ADMIN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(again.body()).contains("already in the corpus as article", "\"articleId\":");
    }

    @Test
    void invalid_input_unreachable_pages_and_unknown_articles_are_problem_details() throws Exception {
        HttpResponse<String> invalid = send(postJson("{\"title\":\"\",\"body\":\"\",\"published\":\"yesterday\"}"), ADMIN);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(invalid.body()).contains("YYYY-MM-DD");

        HttpResponse<String> empty = send(postJson("{\"title\":\"\",\"body\":\"\"}"), ADMIN);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Give the article's title.", "Paste the article's text.");

        HttpResponse<String> unreachable = send(postJson("{\"url\":\"http://127.0.0.1:9/none\"}"), ADMIN);
        assertThat(unreachable.statusCode()).isEqualTo(422);
        assertThat(unreachable.body()).contains("127.0.0.1 is on this machine or in a private network");

        HttpResponse<String> missing = send(get("/api/articles/999999"), ADMIN);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(missing.body()).contains("There is no article 999999.");
    }

    @Test
    void viewers_may_read_but_not_import_and_anonymous_callers_get_401() throws Exception {
        HttpResponse<String> viewer = send(postJson("{\"username\":\"api.viewer\",\"password\":\"viewer-pw-1\",\"role\":\"VIEWER\"}",
                "/api/users"), ADMIN);
        assertThat(viewer.statusCode()).isEqualTo(201);

        assertThat(send(get("/api/articles"), "api.viewer:viewer-pw-1").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = send(multipart(Map.of("a.txt", utf8("Text " + unique()))), "api.viewer:viewer-pw-1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(send(postJson("{\"url\":\"https://x.example/a\"}"), "api.viewer:viewer-pw-1").statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = send(get("/api/articles"), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(send(multipart(Map.of("a.txt", utf8("x"))), null).statusCode()).isEqualTo(401);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder postJson(String json) {
        return postJson(json, "/api/articles");
    }

    private HttpRequest.Builder postJson(String json, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder multipart(Map<String, byte[]> files) throws Exception {
        String boundary = "----crosscheck" + ImportFixtures.unique();
        var body = new ByteArrayOutputStream();
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) throws Exception {
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
