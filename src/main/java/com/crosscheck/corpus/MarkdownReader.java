package com.crosscheck.corpus;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown articles (UTF-8): the body is the text without its markup (headings, emphasis, links and images,
 * code fences, list and quote markers), so that claims are found in the words a reader sees. The title is
 * YAML front matter's {@code title} or the first level-one heading, else the first line; front matter may also
 * give {@code outlet} (or {@code site}), {@code url} and {@code date} (or {@code published}).
 */
final class MarkdownReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern FRONT_LINE = Pattern.compile("(?m)^([A-Za-z_-]+):[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern H1 = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern FENCE = Pattern.compile("(?m)^(```|~~~).*$\\R?");
    private static final Pattern LIST = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t]+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*_`])(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1(?![\\w*_`])");

    private MarkdownReader() {
    }

    static ArticleDraft read(String name, byte[] bytes) throws ArticleReadException {
        String text = ArticleReader.decodeUtf8(name, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleReadException(name + ": holds binary data, not text");
        }
        Map<String, String> front = new LinkedHashMap<>();
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            Matcher line = FRONT_LINE.matcher(fm.group(1));
            while (line.find()) {
                front.putIfAbsent(line.group(1).toLowerCase(Locale.ROOT), unquote(line.group(2)));
            }
            text = text.substring(fm.end());
        }
        String title = front.get("title");
        if (title == null) {
            Matcher h1 = H1.matcher(text);
            if (h1.find()) {
                title = plain(h1.group(1));
                text = text.substring(0, h1.start()) + text.substring(h1.end());
            }
        }
        String body = plain(text).strip();
        if (body.isBlank()) {
            throw new ArticleReadException(name + ": no text found (the Markdown has no body text)");
        }
        body += "\n";
        String outlet = front.getOrDefault("outlet", front.get("site"));
        String date = front.getOrDefault("published", front.get("date"));
        LocalDate published = parseDate(date);
        return new ArticleDraft(name, title == null || title.isBlank() ? ArticleReader.firstLine(body) : title,
                blankToNull(outlet), blankToNull(front.get("url")), published != null ? published : Dateline.in(body),
                Map.of(), body);
    }

    /** The text of Markdown without its markup. */
    static String plain(String markdown) {
        String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
        text = FENCE.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = RULE.matcher(text).replaceAll("");
        text = HEADING.matcher(text).replaceAll("$1");
        text = QUOTE.matcher(text).replaceAll("");
        text = LIST.matcher(text).replaceAll("");
        String previous;
        do {
            previous = text;
            text = EMPHASIS.matcher(text).replaceAll("$2");
        } while (!text.equals(previous));
        return text.replaceAll("\n{3,}", "\n\n");
    }

    private static @Nullable LocalDate parseDate(@Nullable String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'")) ? value.substring(1, value.length() - 1) : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
