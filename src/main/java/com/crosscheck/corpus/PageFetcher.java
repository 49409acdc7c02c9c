package com.crosscheck.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
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
 * Fetches a web page for import: redirects followed (up to {@value #MAX_REDIRECTS}), a time limit on connecting and
 * on the whole answer, and the file size limit on the page (read no further than the limit). Unless allowed, an
 * address on this machine or in a private network is refused, also as the target of a redirect, so that an import
 * cannot be used to reach the server's own network. Every failure is an {@link ArticleReadException} that says in
 * words what went wrong.
 */
final class PageFetcher {

    /** A fetched page: its final address (after redirects), its bytes and content type. */
    record Page(String url, byte[] body, String contentType) {
    }

    static final int MAX_REDIRECTS = 5;

    private final Duration timeout;
    private final long maxBytes;
    private final boolean privateAddresses;
    private final HttpClient http;

    /** @param privateAddresses whether addresses on this machine and in private networks may be fetched */
    PageFetcher(Duration timeout, long maxBytes, boolean privateAddresses) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.privateAddresses = privateAddresses;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Page fetch(String url) throws ArticleReadException {
        URI uri = URI.create(url);
        for (int redirects = 0; ; redirects++) {
            checkHost(url, uri);
            HttpResponse<InputStream> response = send(url, uri);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return read(url, response);
            }
            close(response);
            if (redirects == MAX_REDIRECTS) {
                throw new ArticleReadException(url + ": more than " + MAX_REDIRECTS + " redirects");
            }
            try {
                uri = uri.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new ArticleReadException(url + ": the server redirected to an invalid address");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ArticleReadException(url + ": the server redirected to a " + scheme + " address");
            }
        }
    }

    /** Refuses hosts that resolve to this machine or a private network, unless those are allowed. */
    private void checkHost(String url, URI uri) throws ArticleReadException {
        if (privateAddresses || uri.getHost() == null) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new ArticleReadException(url + ": cannot connect to " + uri.getHost()
                    + " (the host name is unknown, or this machine is offline)");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new ArticleReadException(url + ": " + uri.getHost() + " is on this machine or in a private"
                        + " network, which imports may not reach (an administrator can allow it with"
                        + " crosscheck.corpus.url-private-addresses=true)");
            }
        }
    }

    /** Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unique local (fc00::/7), shared (100.64/10). */
    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private HttpResponse<InputStream> send(String url, URI uri) throws ArticleReadException {
        var request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", "Crosscheck/0.1 (article import)")
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
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
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing was read from it; closing only frees the connection
        }
    }

    private Page read(String url, HttpResponse<InputStream> response) throws ArticleReadException {
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
