package com.crosscheck.accounts.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what, against the running server: anonymous visitors only the login page; {@code /api/users}
 * for admins only, with problem details for every refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:accounts-api;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false",
        "crosscheck.admin.password=" + UserApiTest.ADMIN_PASSWORD})
class UserApiTest {

    static final String ADMIN_PASSWORD = "api-admin-pw";
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymous_visitors_are_sent_to_the_login_page_and_only_it_opens() throws Exception {
        for (String path : new String[] {"/", "/conflicts", "/users", "/compare/1,2"}) {
            HttpResponse<String> response = send(get(path), null);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(send(get("/login"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymous_api_calls_get_401_as_a_problem_detail() throws Exception {
        HttpResponse<String> response = send(get("/api/users"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Crosscheck\"");
        assertThat(response.body()).contains("\"status\":401").contains("\"detail\":\"Sign in with HTTP Basic");
        assertThat(send(get("/api/users"), "admin:wrong-password").statusCode()).isEqualTo(401);
    }

    @Test
    void an_admin_creates_lists_and_changes_users_without_ever_seeing_a_hash() throws Exception {
        HttpResponse<String> created = send(post("/api/users",
                "{\"username\":\"api.analyst\",\"password\":\"analyst-pw\",\"role\":\"ANALYST\"}"), admin());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/users/api.analyst"));
        assertThat(created.body()).contains("\"username\":\"api.analyst\"", "\"role\":\"ANALYST\"", "\"enabled\":true");

        HttpResponse<String> list = send(get("/api/users"), admin());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"username\":\"admin\"", "\"username\":\"api.analyst\"")
                .doesNotContain("password", "hash", "$2a$");

        HttpResponse<String> changed = send(patch("/api/users/api.analyst", "{\"role\":\"VIEWER\",\"enabled\":false}"), admin());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"role\":\"VIEWER\"", "\"enabled\":false");
        assertThat(send(get("/api/users"), "api.analyst:analyst-pw").statusCode()).as("disabled").isEqualTo(401);

        HttpResponse<String> reset = send(patch("/api/users/api.analyst", "{\"password\":\"new-password\",\"enabled\":true}"), admin());
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(send(get("/api/users"), "api.analyst:new-password").statusCode()).as("viewer, enabled").isEqualTo(403);
    }

    @Test
    void refusals_are_problem_details_with_the_right_status() throws Exception {
        assertProblem(send(post("/api/users", "{\"username\":\"no\",\"password\":\"long-enough\",\"role\":\"VIEWER\"}"), admin()),
                400, "A username has 3 to 40 characters");
        assertProblem(send(post("/api/users", "{\"username\":\"shorty\",\"password\":\"short\",\"role\":\"VIEWER\"}"), admin()),
                400, "A password needs at least 8 characters");
        assertProblem(send(post("/api/users", "{\"username\":\"boss\",\"password\":\"long-enough\",\"role\":\"BOSS\"}"), admin()),
                400, "There is no role");
        assertProblem(send(post("/api/users", "{\"username\":\"ADMIN\",\"password\":\"long-enough\",\"role\":\"VIEWER\"}"), admin()),
                409, "is already taken");
        assertProblem(send(patch("/api/users/nobody", "{\"enabled\":false}"), admin()), 404, "There is no user");
        assertProblem(send(patch("/api/users/admin", "{\"enabled\":false}"), admin()), 409, "last enabled admin");
        assertProblem(send(patch("/api/users/admin", "{\"role\":\"VIEWER\"}"), admin()), 409, "last enabled admin");
        assertProblem(send(patch("/api/users/admin", "{}"), admin()), 400, "Give at least one of role, password and enabled");
    }

    @Test
    void unknown_paths_and_methods_are_problem_details_too() throws Exception {
        assertProblem(send(get("/api/nothing-here"), admin()), 404, "There is no API endpoint GET /api/nothing-here.");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/users/admin")).DELETE(), admin()), 405,
                "Method 'DELETE' is not supported.");
        assertProblem(send(post("/api/nothing-here", "{}"), admin()), 405, "Method 'POST' is not supported.");
        assertProblem(send(post("/api/users", "{\"username\":"), admin()), 400, "Failed to read request");
    }

    @Test
    void viewers_and_analysts_get_403_on_the_users_api() throws Exception {
        assertThat(send(post("/api/users", "{\"username\":\"api.viewer\",\"password\":\"viewer-pw\",\"role\":\"VIEWER\"}"),
                admin()).statusCode()).isEqualTo(201);
        assertThat(send(post("/api/users", "{\"username\":\"api.analyst2\",\"password\":\"analyst-pw\",\"role\":\"ANALYST\"}"),
                admin()).statusCode()).isEqualTo(201);

        String viewer = "api.viewer:viewer-pw";
        assertProblem(send(post("/api/users", "{\"username\":\"evil\",\"password\":\"long-enough\",\"role\":\"ADMIN\"}"), viewer),
                403, "Your role does not allow this request.");
        assertProblem(send(patch("/api/users/x", "{\"role\":\"ADMIN\"}"), viewer), 403, "Your role does not allow");
        assertProblem(send(patch("/api/users/api.viewer", "{\"role\":\"ADMIN\"}"), viewer), 403, "Your role does not allow");
        String analyst = "api.analyst2:analyst-pw";
        assertProblem(send(get("/api/users"), analyst), 403, "Your role does not allow");
        assertProblem(send(post("/api/users", "{\"username\":\"evil\",\"password\":\"long-enough\",\"role\":\"ADMIN\"}"), analyst),
                403, "Your role does not allow");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
    }

    private static String admin() {
        return "admin:" + ADMIN_PASSWORD;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder patch(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) throws IOException, InterruptedException {
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
