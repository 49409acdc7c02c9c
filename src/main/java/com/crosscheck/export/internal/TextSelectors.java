package com.crosscheck.export.internal;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * W3C Web Annotation selectors for a stretch of an article's body. The model counts characters as Unicode code
 * points, while Crosscheck's offsets are Java ({@code UTF-16}) indices, so positions are converted and the
 * quote's context never splits a surrogate pair: with an emoji before a claim the two counts differ.
 */
final class TextSelectors {

    /** Code points of context kept on each side of the quote. */
    static final int CONTEXT = 32;

    private TextSelectors() {
    }

    /** A TextQuoteSelector and a TextPositionSelector for the body's UTF-16 range {@code start..end}. */
    static List<Map<String, Object>> of(String body, int start, int end) {
        int prefixStart = start;
        for (int i = 0; i < CONTEXT && prefixStart > 0; i++) {
            prefixStart = body.offsetByCodePoints(prefixStart, -1);
        }
        int suffixEnd = end;
        for (int i = 0; i < CONTEXT && suffixEnd < body.length(); i++) {
            suffixEnd = body.offsetByCodePoints(suffixEnd, 1);
        }
        var quote = new LinkedHashMap<String, Object>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", body.substring(start, end));
        quote.put("prefix", body.substring(prefixStart, start));
        quote.put("suffix", body.substring(end, suffixEnd));
        var position = new LinkedHashMap<String, Object>();
        position.put("type", "TextPositionSelector");
        int codePointStart = body.codePointCount(0, start);
        position.put("start", codePointStart);
        position.put("end", codePointStart + body.codePointCount(start, end));
        return List.of(quote, position);
    }

    /**
     * Selectors for a stored anchor: both when it still fits the body (its range holds the quote and splits no
     * character), else the quote alone with the stored context.
     */
    static List<Map<String, Object>> ofAnchor(String body, String exact, String prefix, String suffix, int start, int end) {
        if (fits(body, start, end) && body.substring(start, end).equals(exact)) {
            return of(body, start, end);
        }
        var quote = new LinkedHashMap<String, Object>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", exact);
        quote.put("prefix", wholeCharacters(prefix));
        quote.put("suffix", wholeCharacters(suffix));
        return List.of(quote);
    }

    private static boolean fits(String body, int start, int end) {
        return 0 <= start && start < end && end <= body.length() && !splits(body, start) && !splits(body, end);
    }

    private static boolean splits(String body, int index) {
        return index > 0 && index < body.length() && Character.isLowSurrogate(body.charAt(index))
                && Character.isHighSurrogate(body.charAt(index - 1));
    }

    /** Drops a half of a surrogate pair cut off at either end. */
    static String wholeCharacters(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int from = Character.isLowSurrogate(text.charAt(0)) ? 1 : 0;
        int to = text.length() > from && Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.length() - 1 : text.length();
        return text.substring(from, Math.max(from, to));
    }
}
