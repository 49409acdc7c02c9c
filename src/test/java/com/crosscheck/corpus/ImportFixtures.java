package com.crosscheck.corpus;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files of every importable type, made in the test: PDFs with PDFBox, Word files with POI, web pages and zips.
 * Texts are generic and carry a unique word so that tests sharing a database never collide.
 */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /** A word no other fixture has, so that a body is new to the database. */
    public static String unique() {
        return "ref" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static byte[] pdf(String title, List<String> lines) throws IOException {
        return pdf(title, lines, null);
    }

    /** A one-page PDF with the lines as text; encrypted with {@code password} when it is given. */
    public static byte[] pdf(String title, List<String> lines, String password) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            if (!lines.isEmpty()) {
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(16);
                    content.newLineAtOffset(60, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (password != null) {
                var policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A Word document with a title property and one paragraph per string. */
    public static byte[] docx(String title, List<String> paragraphs) throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(title);
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A news page as sites serve them: navigation, an ad, a share bar and a related-stories list around the
     * article, with its metadata in Open Graph, {@code article:published_time} and JSON-LD.
     */
    public static String newsPage(String headline, String site, String date, List<String> paragraphs) {
        var body = new StringBuilder();
        paragraphs.forEach(p -> body.append("<p>").append(p).append("</p>\n"));
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8">
                <title>%1$s | %2$s</title>
                <meta property="og:title" content="%1$s">
                <meta property="og:site_name" content="%2$s">
                <meta property="article:published_time" content="%3$sT08:30:00+02:00">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"%1$s","datePublished":"%3$sT08:30:00+02:00","publisher":{"@type":"Organization","name":"%2$s"}}</script>
                </head><body>
                <header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li>
                <li><a href="/sport">Sport section link</a></li></ul></nav></header>
                <div class="ad-banner advertisement">Buy discounted gadgets today, advertisement text</div>
                <main><article class="story">
                <h1>%1$s</h1>
                <div class="share-tools social">Share on social networks</div>
                <div class="story-body">
                %4$s</div>
                </article>
                <aside class="related-stories sidebar"><h2>Related stories</h2><ul>
                <li><a href="/a">Unrelated headline about celebrity weddings</a></li>
                <li><a href="/b">Another related link about football transfers</a></li></ul></aside>
                </main>
                <footer class="site-footer">Copyright footer text, all rights reserved</footer>
                </body></html>
                """.formatted(headline, site, date, body);
    }

    /** A zip holding the given files. */
    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Paragraphs of plain news prose around a unique word, long enough for Readability to take them as the story. */
    public static List<String> story(String unique) {
        return List.of(
                "Rescue teams reached the flooded valley on Tuesday after the river burst its banks overnight, officials said, in a report numbered " + unique + ".",
                "At least 14 people were killed and about 300 were moved to shelters in the town hall and two schools, the regional governor told reporters at a briefing.",
                "Engineers were checking three bridges along the main road, which remained closed to traffic while water levels slowly fell through the afternoon.",
                "Residents described waking to water in their kitchens and carrying children to upper floors as the current grew stronger in the dark.");
    }
}
