package com.crosscheck.corpus;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fetching pages: redirects followed by hand (each hop checked), and this machine's network out of reach. */
class PageFetcherTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/moved" -> redirect(exchange, "/story");
                case "/loop" -> redirect(exchange, "/loop");
                case "/to-ftp" -> redirect(exchange, "ftp://files.example/story.txt");
                default -> {
                    byte[] body = "<html><title>Story</title><p>Nine ferries sank.</p></html>".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static PageFetcher fetcher(boolean privateAddresses) {
        return new PageFetcher(Duration.ofSeconds(3), 1024 * 1024, privateAddresses);
    }

    @Test
    void redirects_are_followed_to_the_page_and_its_final_address_kept() throws Exception {
        PageFetcher.Page page = fetcher(true).fetch(url("/moved"));
        assertThat(page.url()).isEqualTo(url("/story"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Nine ferries sank.");
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void endless_redirects_and_redirects_away_from_the_web_are_refused() {
        assertThatThrownBy(() -> fetcher(true).fetch(url("/loop"))).isInstanceOf(ArticleReadException.class)
                .hasMessage(url("/loop") + ": more than 5 redirects");
        assertThat(requests).hasValue(PageFetcher.MAX_REDIRECTS + 1);
        assertThatThrownBy(() -> fetcher(true).fetch(url("/to-ftp"))).isInstanceOf(ArticleReadException.class)
                .hasMessage(url("/to-ftp") + ": the server redirected to a ftp address");
    }

    @Test
    void this_machine_is_out_of_reach_unless_allowed_and_nothing_is_sent() {
        assertThatThrownBy(() -> fetcher(false).fetch(url("/story"))).isInstanceOf(ArticleReadException.class)
                .hasMessageStartingWith(url("/story") + ": 127.0.0.1 is on this machine or in a private network")
                .hasMessageContaining("crosscheck.corpus.url-private-addresses=true");
        String localhost = "http://localhost:" + server.getAddress().getPort() + "/story";
        assertThatThrownBy(() -> fetcher(false).fetch(localhost)).hasMessageContaining("localhost is on this machine");
        assertThat(requests).hasValue(0);
    }

    @Test
    void private_and_shared_ranges_are_told_from_public_addresses() throws Exception {
        for (String inside : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd12:3456::1", "224.0.0.1"}) {
            assertThat(PageFetcher.isPrivate(InetAddress.getByName(inside))).as(inside).isTrue();
        }
        for (String outside : new String[] {"8.8.8.8", "172.32.0.1", "100.128.0.1", "151.101.1.69", "2a04:4e42::81"}) {
            assertThat(PageFetcher.isPrivate(InetAddress.getByName(outside))).as(outside).isFalse();
        }
    }
}
