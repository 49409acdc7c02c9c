package com.crosscheck.corpus;

import java.util.Locale;
import java.util.Set;

/**
 * Reads one file of any importable type into an article draft, choosing the reader by the file's extension:
 * the article format ({@code .txt}), Markdown, HTML, and documents that Apache Tika reads (PDF, Word, OpenDocument,
 * RTF). Every refusal is an {@link ArticleReadException} whose message names the file and says why in words.
 */
final class DocumentReader {

    /** The extensions this reader takes, for messages and the upload's accepted types. */
    static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx",
            ".doc", ".odt", ".rtf");
    static final String SUPPORTED_TEXT = ".txt, .md, .html, .pdf, .docx (and .doc, .odt, .rtf)";

    private final long maxBytes;
    private final ArticleReader articleReader;
    private final TikaReader tikaReader;

    DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.articleReader = new ArticleReader(maxBytes);
        this.tikaReader = new TikaReader();
    }

    /** Reads the bytes of a file called {@code name}. */
    ArticleDraft read(String name, byte[] bytes) throws ArticleReadException {
        String extension = extension(name);
        if (!EXTENSIONS.contains(extension)) {
            throw new ArticleReadException(unsupported(name));
        }
        ArticleReader.checkSize(name, bytes.length, maxBytes);
        if (bytes.length == 0) {
            throw new ArticleReadException(name + ": no text found (the file is empty)");
        }
        return switch (extension) {
            case ".txt" -> articleReader.read(name, bytes);
            case ".md", ".markdown" -> MarkdownReader.read(name, bytes);
            case ".html", ".htm" -> WebPageReader.read(name, bytes, null);
            default -> tikaReader.read(name, bytes);
        };
    }

    static String unsupported(String name) {
        String extension = extension(name);
        return name + ": unsupported file type " + (extension.isEmpty() ? "(no extension)" : "\u201c" + extension + "\u201d")
                + "; Crosscheck imports " + SUPPORTED_TEXT + " files and zips of them";
    }

    /** The lower-case extension with its dot, or empty. */
    static String extension(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot).toLowerCase(Locale.ROOT);
    }
}
