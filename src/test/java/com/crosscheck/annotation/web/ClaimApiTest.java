package com.crosscheck.annotation.web;

import com.crosscheck.TestArticles;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims, comparisons and reviews through the web API, with its roles and problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:claim-api;DB_CLOSE_DELAY=-1",
        "crosscheck.admin.password=" + ClaimApiTest.ADMIN})
class ClaimApiTest {

    static final String ADMIN = "claim-api-admin";
    private static final String ANALYST = "ana:analyst-pw";
    private static final String VIEWER = "vic:viewer-pw";

    @LocalServerPort
    int port;
    @Autowired
    CorpusService corpus;
    @Autowired
    ClaimService claims;

    private final HttpClient http = HttpClient.newHttpClient();
    private ArticleId first;
    private ArticleId second;
    private StoredClaim toll;

    @BeforeEach
    void usersAndReports() throws Exception {
        send("POST", "/api/users", "{\"username\":\"ana\",\"password\":\"analyst-pw\",\"role\":\"ANALYST\"}", "admin:" + ADMIN);
        send("POST", "/api/users", "{\"username\":\"vic\",\"password\":\"viewer-pw\",\"role\":\"VIEWER\"}", "admin:" + ADMIN);
        first = TestArticles.marketStrikeReport(corpus, claims, "API Daily", 121);
        second = TestArticles.marketStrikeReport(corpus, claims, "API Weekly", 127);
        toll = claims.claimsOf(first).stream().filter(c -> c.claim().kind() == ClaimKind.KILLED).findFirst().orElseThrow();
    }

    @Test
    void anyone_signed_in_reads_claims_and_comparisons_and_no_one_else() throws Exception {
        assertThat(send("GET", "/api/articles/" + first + "/claims", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> list = send("GET", "/api/articles/" + first + "/claims", null, VIEWER);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + toll.id(), "\"text\":\"121\"", "\"kind\":\"killed\"");

        HttpResponse<String> comparison = send("GET", "/api/comparisons?articles=" + first + "," + second, null, VIEWER);
        assertThat(comparison.statusCode()).isEqualTo(200);
        assertThat(comparison.body()).contains("\"verdict\":\"conflict\"", "\"automaticVerdict\":\"conflict\"",
                String.valueOf(toll.id().value()));
    }

    @Test
    void an_analyst_reviews_a_claim_and_a_stale_version_is_refused_with_409() throws Exception {
        HttpResponse<String> saved = send("POST", "/api/claims/" + toll.id() + "/review",
                "{\"status\":\"DISPUTED\",\"note\":\"one source\",\"version\":null}", ANALYST);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"status\":\"DISPUTED\"", "\"updatedBy\":\"ana\"", "\"quote\":\"121\"");
        long version = Long.parseLong(field(saved.body(), "version"));

        assertThat(send("POST", "/api/claims/" + toll.id() + "/review",
                "{\"status\":\"CONFIRMED\",\"version\":" + version + "}", ANALYST).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = send("POST", "/api/claims/" + toll.id() + "/review",
                "{\"status\":\"FALSE\",\"version\":" + version + "}", ANALYST);

        assertProblem(stale, 409, "changed this claim's review");
        assertThat(send("GET", "/api/claims/" + toll.id(), null, VIEWER).body()).contains("\"status\":\"CONFIRMED\"");
        assertThat(send("GET", "/api/claims/" + toll.id() + "/history", null, VIEWER).body()).contains("\"author\":\"ana\"");
    }

    @Test
    void a_viewer_cannot_review_through_the_api() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/claims/" + toll.id() + "/review", "{\"status\":\"FALSE\"}", VIEWER);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(send("GET", "/api/claims/" + toll.id(), null, VIEWER).body()).doesNotContain("\"status\":\"FALSE\"");
    }

    @Test
    void bad_requests_are_problem_details_that_say_what_is_wrong() throws Exception {
        assertProblem(send("GET", "/api/articles/abc/claims", null, VIEWER), 400, "is not article id");
        assertProblem(send("GET", "/api/articles/999999/claims", null, VIEWER), 404, "There is no article 999999");
        assertProblem(send("GET", "/api/comparisons?articles=", null, VIEWER), 400, "Name the articles");
        assertProblem(send("GET", "/api/comparisons?articles=" + first + ",999998", null, VIEWER), 404, "999998");
        assertProblem(send("POST", "/api/claims/" + toll.id() + "/review", "{\"note\":\"no status\"}", ANALYST), 400, "Give a status");
        assertProblem(send("POST", "/api/claims/" + toll.id() + "/review",
                "{\"status\":\"CONFIRMED\",\"correction\":{\"value\":100,\"low\":150}}", ANALYST), 400, "lower bound 150 is above");
        assertProblem(send("POST", "/api/claims/999997/review", "{\"status\":\"FALSE\"}", ANALYST), 404, "There is no claim");
    }

    @Test
    void the_api_is_described_with_openapi_for_signed_in_users() throws Exception {
        assertThat(send("GET", "/v3/api-docs", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, VIEWER);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/claims/{id}/review", "/api/comparisons", "/api/users",
                "\"scheme\":\"basic\"");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
    }

    private HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
