package com.crosscheck.export.internal;

import com.crosscheck.export.ExportData;
import com.crosscheck.export.ExportFormat;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;

/**
 * The Markdown notes ({@link MarkdownReport}) as a PDF: CommonMark (with GFM tables) renders them to XHTML and
 * Open HTML to PDF (on Apache PDFBox) lays that out with a plain stylesheet. The text font is Liberation Sans,
 * which PDFBox ships and which is embedded (subset), so Latin, Greek and Cyrillic text shows as written;
 * characters outside it (CJK, emoji) come out as a placeholder glyph instead of failing the export.
 */
@Component
@Order(5)
class PdfExportFormat implements ExportFormat {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FAMILY = "Report Sans";
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: '%1$s'; font-size: 8pt; color: #666; } }
            body { font-family: '%1$s', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #1a1a1a; }
            h1 { font-size: 18pt; margin: 0 0 6pt 0; color: #12355b; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 1px solid #c8d0da; color: #12355b; }
            h3 { font-size: 11pt; margin: 12pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 0 0 5pt 0; }
            a { color: #1b5fa8; text-decoration: none; }
            table { width: 100%%; border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 8.5pt; -fs-table-paginate: paginate; }
            th { background: #eef2f6; text-align: left; }
            th, td { border: 1px solid #c8d0da; padding: 2pt 4pt; vertical-align: top; word-wrap: break-word; }
            ul, ol { margin: 0 0 6pt 0; padding-left: 16pt; }
            li { margin-bottom: 2pt; }
            strong { font-weight: bold; }
            """.formatted(FAMILY);

    private final Parser parser;
    private final HtmlRenderer renderer;

    PdfExportFormat() {
        // the renderer logs every font load and layout pass at INFO on its own console handler
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String label() {
        return "PDF report";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void write(ExportData data, OutputStream out) throws IOException {
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"/><title>Crosscheck comparison notes</title><style>"
                + STYLE + "</style></head><body>" + renderer.render(parser.parse(MarkdownReport.of(data))) + "</body></html>";
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (int weight : new int[] {400, 700}) {
            builder.useFont(PdfExportFormat::font, FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(PdfExportFormat::font, FAMILY, weight, BaseRendererBuilder.FontStyle.ITALIC, true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font() {
        return Objects.requireNonNull(PdfExportFormat.class.getResourceAsStream(FONT), "PDFBox's bundled font " + FONT);
    }
}
