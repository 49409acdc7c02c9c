package com.crosscheck.export.internal;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/**
 * Article-derived text made safe to put into Markdown: the characters CommonMark (with GFM tables) could read
 * as inline markup are escaped with a backslash, a start that could open a block (heading, list, quote) is
 * escaped too, and line breaks become spaces. So a title like {@code *Breaking* [live](x) | <b>} shows as
 * written and cannot break a table or inject a link or HTML, while ordinary text stays readable.
 */
final class MarkdownText {

    private static final String INLINE = "\\`*_[]<>!&|~";
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[#+\\-=>]|\\d{1,9}[.)])");

    private MarkdownText() {
    }

    static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        var out = new StringBuilder(flat.length() + 16);
        var block = BLOCK_START.matcher(flat);
        int from = 0;
        if (block.find()) {
            String start = block.group();
            out.append(start, 0, start.length() - 1).append('\\').append(start.charAt(start.length() - 1));
            from = start.length();
        }
        for (int i = from; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
