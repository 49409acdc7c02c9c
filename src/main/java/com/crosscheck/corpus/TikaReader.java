package com.crosscheck.corpus;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Documents that Apache Tika reads: PDF (through PDFBox), Word (POI), OpenDocument and RTF. The title comes from
 * the document's properties, else its first line; the date from a dateline at the top of the text, because a
 * document's creation date is often when it was printed, not published (it is kept as metadata).
 */
final class TikaReader {

    /** Characters of text taken from one document; a 20 MB PDF rarely holds more than a few million. */
    private static final int MAX_CHARS = 10_000_000;
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{Ll})-\\n(\\p{Ll})");
    private static final Pattern SOFT_BREAK = Pattern.compile("([^.!?:;\"\u201d\\s])[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*(\\p{Ll})");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0]*\\n(?:[ \\t\\u00a0]*\\n)+");

    private final AutoDetectParser parser = new AutoDetectParser();

    ArticleDraft read(String name, byte[] bytes) throws ArticleReadException {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        var handler = new BodyContentHandler(MAX_CHARS);
        try (var in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw encrypted(name);
        } catch (TikaException e) {
            if (causedBy(e, EncryptedDocumentException.class)
                    || causedBy(e, org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class)) {
                throw encrypted(name);
            }
            throw new ArticleReadException(name + ": cannot be read as " + kind(name) + " (" + e.getMessage() + ")");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ArticleReadException(name + ": cannot be read (" + e.getMessage() + ")");
            }
        } catch (IOException e) {
            throw new ArticleReadException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        String body = tidy(handler.toString());
        if (body.isBlank()) {
            throw new ArticleReadException(name + ": no text found (a scanned document holds only images of text;"
                    + " run text recognition on it first)");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        var extra = new LinkedHashMap<String, String>();
        put(extra, "Author", metadata.get(TikaCoreProperties.CREATOR));
        put(extra, "Document created", metadata.get(TikaCoreProperties.CREATED));
        put(extra, "Format", metadata.get(Metadata.CONTENT_TYPE));
        return new ArticleDraft(name, title == null || title.isBlank() ? ArticleReader.firstLine(body) : clip(title.strip(), 500),
                null, null, Dateline.in(body), extra, body);
    }

    /** Joins the lines of a paragraph that the document's layout broke, and unifies paragraph breaks. */
    static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u00ad\n", "");
        unified = HYPHENATED_BREAK.matcher(unified).replaceAll("$1$2");
        unified = SOFT_BREAK.matcher(unified).replaceAll("$1 $2");
        unified = BLANK_LINES.matcher(unified).replaceAll("\n\n");
        return unified.strip() + "\n";
    }

    private static ArticleReadException encrypted(String name) {
        return new ArticleReadException(name + ": is encrypted (password-protected); remove the password and import"
                + " it again");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(String name) {
        return switch (DocumentReader.extension(name)) {
            case ".pdf" -> "a PDF";
            case ".docx", ".doc" -> "a Word document";
            case ".odt" -> "an OpenDocument text";
            case ".rtf" -> "RTF";
            default -> "a document";
        };
    }

    private static void put(Map<String, String> metadata, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, clip(value.strip(), 2000));
        }
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
