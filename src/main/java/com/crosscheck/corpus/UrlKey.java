package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The form of a web address under which two imports count as the same article: scheme ({@code http} and
 * {@code https} alike), host case, a leading {@code www.}, the default port, the fragment, tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) and a trailing slash are ignored. Only {@code http(s)}
 * addresses have a key.
 */
public final class UrlKey {

    private UrlKey() {
    }

    /** The key of {@code url}, or null when it is not a web address. */
    public static @Nullable String of(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p))
                .sorted()
                .collect(Collectors.joining("&"));
        return host + portPart + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static boolean isTracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("ocid") || name.equals("cmpid") || name.equals("ref");
    }
}
