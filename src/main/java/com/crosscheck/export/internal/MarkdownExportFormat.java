package com.crosscheck.export.internal;

import com.crosscheck.export.ExportData;
import com.crosscheck.export.ExportFormat;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The comparison notes as a Markdown document ({@link MarkdownReport}). */
@Component
@Order(1)
class MarkdownExportFormat implements ExportFormat {

    @Override
    public String id() {
        return "md";
    }

    @Override
    public String label() {
        return "Markdown notes";
    }

    @Override
    public String contentType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void write(ExportData data, OutputStream out) throws IOException {
        out.write(MarkdownReport.of(data).getBytes(StandardCharsets.UTF_8));
    }
}
