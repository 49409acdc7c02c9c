package com.crosscheck.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches a web page for import: redirects followed, a time limit on connecting and on the whole answer, and the
 * file size limit on the page (read no further than the limit). Every failure is an {@link ArticleReadException}
 * that says in words what went wrong.
 */
final class PageFetcher {

    /** A fetched page: its final address (after redirects), its bytes and content type. */
    record Page(String url, byte[] body, String contentType) {
    }

    private final Duration timeout;
    private final long maxBytes;
    private final HttpClient http;

    PageFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Page fetch(String url) throws ArticleReadException {
        URI uri = URI.create(url);
        var request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "Crosscheck/0.1 (article import)")
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ArticleReadException(url + ": the server did not answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new ArticleReadException(url + ": cannot connect to " + uri.getHost()
                    + " (" + reason(e) + "); check the address and that this server is online");
        } catch (IOException e) {
            throw new ArticleReadException(url + ": cannot be fetched (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArticleReadException(url + ": fetching was interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() >= 400) {
                throw new ArticleReadException(url + ": the server answered " + response.statusCode()
                        + (response.statusCode() == 404 ? " (not found)" : ""));
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            ArticleReader.checkSize(url, declared, maxBytes);
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            ArticleReader.checkSize(url, body.length, maxBytes);
            String type = response.headers().firstValue("Content-Type").orElse("text/html")
                    .toLowerCase(Locale.ROOT);
            return new Page(response.uri().toString(), body, type);
        } catch (IOException e) {
            throw new ArticleReadException(url + ": the page could not be read (" + reason(e) + ")");
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "the host name is unknown, or this machine is offline";
            }
            if (t instanceof ConnectException && t.getMessage() != null && !t.getMessage().isBlank()) {
                return "connection refused or unreachable";
            }
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
