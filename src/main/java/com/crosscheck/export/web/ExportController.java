package com.crosscheck.export.web;

import com.crosscheck.base.DomainException;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.export.ExportService;
import com.crosscheck.export.ExportedFile;
import com.crosscheck.export.RestoreReport;
import com.crosscheck.export.WorkspaceBackupService;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Exports through the web API: {@code GET /api/export?articles=1,2&format=md} for anyone signed in (no
 * {@code articles}: the whole corpus), and the workspace backup, {@code GET} and {@code POST /api/backup}, for
 * admins. Files come as attachments; refusals are problem details.
 */
@RestController
class ExportController {

    private final ExportService exports;
    private final WorkspaceBackupService backups;

    ExportController(ExportService exports, WorkspaceBackupService backups) {
        this.exports = exports;
        this.backups = backups;
    }

    @GetMapping("/api/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String articles,
            @RequestParam(defaultValue = "md") String format) {
        ExportedFile file = exports.export(articleIds(articles), format);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/api/backup")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> backup() {
        // written here rather than streamed later, so that it runs on the request's thread and sign-in
        var out = new ByteArrayOutputStream();
        backups.write(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(backups.fileName()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(out.toByteArray());
    }

    /** The backup file as the request body (any content type). */
    @PostMapping("/api/backup")
    @PreAuthorize("hasRole('ADMIN')")
    RestoreReport restore(HttpServletRequest request) throws IOException {
        return backups.restore(request.getInputStream());
    }

    private static List<ArticleId> articleIds(@Nullable String articles) {
        if (articles == null || articles.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(articles.split(",")).filter(s -> !s.isBlank()).map(ArticleId::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, e.getMessage() + "; give article ids as articles=1,2,3.");
        }
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
