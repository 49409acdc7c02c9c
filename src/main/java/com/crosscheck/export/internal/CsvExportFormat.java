package com.crosscheck.export.internal;

import com.crosscheck.annotation.ClaimCorrection;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.Quantity;
import com.crosscheck.corpus.Article;
import com.crosscheck.export.ExportData;
import com.crosscheck.export.ExportData.ExportedClaim;
import com.crosscheck.export.ExportFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per claim, for spreadsheets (Apache Commons CSV, RFC 4180, UTF-8). Text cells that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) get a leading apostrophe;
 * the numeric columns are written as plain numbers, so a negative figure stays a number.
 */
@Component
@Order(2)
class CsvExportFormat implements ExportFormat {

    static final List<String> HEADER = List.of("article_id", "outlet", "published", "title", "claim_id", "claim_text",
            "kind", "value", "low", "high", "unit", "approx", "qualifier", "subject", "place", "time", "source", "section",
            "added_by", "group_id", "group_label", "verdict", "automatic_verdict", "review_status", "note",
            "corrected_kind", "corrected_value", "corrected_low", "corrected_high", "corrected_subject");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (one row per claim)";
    }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(ExportData data, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (ExportedClaim claim : data.claims()) {
            printer.printRecord(row(data, claim));
        }
        printer.flush();
    }

    private static List<String> row(ExportData data, ExportedClaim exported) {
        Article article = data.article(exported.stored().article());
        Claim c = exported.claim();
        Quantity q = c.quantity();
        var group = data.groupOf(exported);
        ClaimCorrection fix = exported.review() == null ? ClaimCorrection.none() : exported.review().correction();
        var row = new ArrayList<String>(HEADER.size());
        row.add(article.id().toString());
        row.add(text(article.outlet()));
        row.add(article.published() == null ? "" : article.published().toString());
        row.add(text(article.title()));
        row.add(exported.stored().id().toString());
        row.add(text(c.text()));
        row.add(c.kind().label());
        row.add(Figures.of(q.value()));
        row.add(Figures.of(q.low()));
        row.add(Figures.of(q.high()));
        row.add(text(q.unit()));
        row.add(Boolean.toString(q.approx()));
        row.add(text(c.qualifier()));
        row.add(text(c.subject()));
        row.add(text(c.place()));
        row.add(text(c.time()));
        row.add(text(c.source()));
        row.add(c.section().name().toLowerCase(java.util.Locale.ROOT));
        row.add(text(exported.stored().author()));
        row.add(group.map(g -> g.group().id()).orElse(""));
        row.add(text(group.map(g -> g.group().label()).orElse(null)));
        row.add(group.map(g -> g.verdict().label()).orElse(""));
        row.add(group.map(g -> g.automaticVerdict().label()).orElse(""));
        row.add(exported.review() == null ? "" : exported.status().label());
        row.add(text(exported.note()));
        row.add(fix.kind() == null ? "" : fix.kind().label());
        row.add(Figures.of(fix.value()));
        row.add(Figures.of(fix.low()));
        row.add(Figures.of(fix.high()));
        row.add(text(fix.subject()));
        return row;
    }

    /** A text cell, defused: spreadsheets run a cell starting with = + - @ (or a tab or CR) as a formula. */
    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
