package com.crosscheck.corpus;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The text of an HTML element as a reader sees it: one paragraph per block (paragraph, heading, list item,
 * quote...) separated by a blank line, white space inside a block collapsed, {@code <br>} as a line break.
 * Claim extraction splits sentences at line breaks, so blocks must not run together.
 */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure",
            "figcaption", "table", "tr", "td", "th", "caption", "address", "hr");

    private final StringBuilder text = new StringBuilder();

    private BlockText() {
    }

    static String of(Element element) {
        var visitor = new BlockText();
        element.traverse(visitor);
        String result = visitor.text.toString()
                .replaceAll("[ \\t\\u00a0]+\\n", "\n")
                .replaceAll("\\n[ \\t\\u00a0]+", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return result.isEmpty() ? "" : result + "\n";
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            String words = textNode.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
            if (!words.isBlank() || !text.isEmpty() && text.charAt(text.length() - 1) != ' '
                    && text.charAt(text.length() - 1) != '\n') {
                if (!(words.isBlank() && (text.isEmpty() || text.charAt(text.length() - 1) == '\n'))) {
                    text.append(words);
                }
            }
        } else if (node instanceof Element element) {
            if (element.nameIs("br")) {
                text.append('\n');
            } else if (BLOCKS.contains(element.normalName())) {
                text.append("\n\n");
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            text.append("\n\n");
        }
    }
}
