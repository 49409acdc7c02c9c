package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article body into the paragraphs shown on screen: every non-blank line is one, because news
 * text arrives both with blank lines between paragraphs and with single line breaks. The spans keep the
 * body's own offsets so that highlights can later be placed by character position.
 */
final class BodyParagraphs {

    private BodyParagraphs() {
    }

    static List<TextSpan> of(String body) {
        var paragraphs = new ArrayList<TextSpan>();
        int lineStart = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n' || body.charAt(i) == '\r') {
                addTrimmed(body, lineStart, i, paragraphs);
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static void addTrimmed(String body, int start, int end, List<TextSpan> paragraphs) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            paragraphs.add(new TextSpan(start, end));
        }
    }
}
