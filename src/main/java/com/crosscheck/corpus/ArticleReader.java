package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Crosscheck article format: an optional header of {@code Key: value} lines, a blank line, then the
 * body, kept exactly as written (line endings included) so that character offsets into it stay valid.
 *
 * <p>A file counts as having a header when every line before its first blank line is a {@code Key: value}
 * line and at least one key is a known one ({@value #KNOWN_KEYS_TEXT}); otherwise the whole file is body and
 * the title is its first non-blank line. Keys are case-insensitive; unknown keys are kept as metadata.
 * The reader is stateless and thread-safe.
 */
public final class ArticleReader {

    static final String KNOWN_KEYS_TEXT = "Title, Outlet, URL, Published";
    private static final Set<String> KNOWN_KEYS = Set.of("title", "outlet", "url", "published");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9 _-]{0,39}):[ \\t]*(.*)");
    private static final int MAX_TITLE_LENGTH = 300;

    private final long maxBytes;

    /** @param maxBytes files larger than this are refused */
    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads a file, checking its size before loading it. */
    public ArticleDraft read(Path file) throws ArticleReadException {
        String source = file.getFileName().toString();
        try {
            long size = Files.size(file);
            checkSize(source, size);
            return read(source, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ArticleReadException(source + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads the bytes of a file called {@code source}. */
    public ArticleDraft read(String source, byte[] bytes) throws ArticleReadException {
        checkSize(source, bytes.length);
        String text = decodeUtf8(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is encoding, not text
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleReadException(source + ": holds binary data, not text");
        }
        Header header = Header.find(source, text);
        String body = header == null ? text : text.substring(header.bodyStart());
        if (body.isBlank()) {
            throw new ArticleReadException(source + ": has no article text (the body is empty)");
        }
        Map<String, String> fields = header == null ? Map.of() : header.fields();
        String title = valueOf(fields, "title");
        return new ArticleDraft(
                source,
                title != null ? title : firstLine(body),
                valueOf(fields, "outlet"),
                valueOf(fields, "url"),
                published(source, valueOf(fields, "published"), body),
                metadata(fields),
                body);
    }

    private void checkSize(String source, long size) throws ArticleReadException {
        checkSize(source, size, maxBytes);
    }

    /** Refuses a file of {@code size} bytes when it is over {@code maxBytes}, with both sizes in the message. */
    static void checkSize(String source, long size, long maxBytes) throws ArticleReadException {
        if (size > maxBytes) {
            throw new ArticleReadException("%s: too large: %s is over the limit of %s for one file"
                    .formatted(source, megabytes(size), megabytes(maxBytes)));
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    static String decodeUtf8(String source, byte[] bytes) throws ArticleReadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ArticleReadException(
                    "%s: is not valid UTF-8 text (bad byte at position %d); save it as UTF-8 and import it again"
                            .formatted(source, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static @Nullable String valueOf(Map<String, String> fields, String knownKey) {
        for (var field : fields.entrySet()) {
            if (field.getKey().equalsIgnoreCase(knownKey) && !field.getValue().isBlank()) {
                return field.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> metadata(Map<String, String> fields) {
        var metadata = new LinkedHashMap<String, String>();
        fields.forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                metadata.put(key, value);
            }
        });
        return metadata;
    }

    /** The header's publication date, else the date of a dateline at the top of the body. */
    private static @Nullable LocalDate published(String source, @Nullable String header, String body)
            throws ArticleReadException {
        LocalDate published = parseDate(source, header);
        return published != null ? published : Dateline.in(body);
    }

    private static @Nullable LocalDate parseDate(String source, @Nullable String value) throws ArticleReadException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ArticleReadException(
                    source + ": Published \u201c" + value + "\u201d is not a date of the form YYYY-MM-DD");
        }
    }

    static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_TITLE_LENGTH ? line : line.substring(0, MAX_TITLE_LENGTH - 1) + "\u2026";
    }

    /** The header block at the start of a text, and where the body begins. */
    private record Header(Map<String, String> fields, int bodyStart) {

        /** The header of {@code text}, or null when the text does not start with one. */
        static @Nullable Header find(String source, String text) throws ArticleReadException {
            var fields = new LinkedHashMap<String, String>();
            var seen = new HashSet<String>();
            @Nullable String repeatedKey = null;
            boolean hasKnownKey = false;
            int pos = 0;
            while (pos < text.length()) {
                int end = lineEnd(text, pos);
                if (end == text.length()) {
                    return null; // no blank line: there is no header
                }
                String line = text.substring(pos, end);
                int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
                if (line.isBlank()) {
                    if (!hasKnownKey) {
                        return null;
                    }
                    if (repeatedKey != null) {
                        throw new ArticleReadException(
                                source + ": the header gives \u201c" + repeatedKey + "\u201d more than once");
                    }
                    return new Header(fields, next);
                }
                Matcher m = HEADER_LINE.matcher(line);
                if (!m.matches()) {
                    return null;
                }
                String key = m.group(1).strip();
                String lowerKey = key.toLowerCase(Locale.ROOT);
                if (!seen.add(lowerKey) && repeatedKey == null) {
                    repeatedKey = key;
                }
                hasKnownKey |= KNOWN_KEYS.contains(lowerKey);
                fields.putIfAbsent(key, m.group(2).strip());
                pos = next;
            }
            return null;
        }

        private static int lineEnd(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
            return text.length();
        }
    }
}
