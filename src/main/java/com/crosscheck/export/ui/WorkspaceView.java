package com.crosscheck.export.ui;

import com.crosscheck.base.DomainException;
import com.crosscheck.export.RestoreReport;
import com.crosscheck.export.WorkspaceBackupService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The admins' workspace screen: download a backup of everything, or restore one into an empty workspace. The
 * backup is written in memory when the link is followed and the upload is read in memory: no temporary files.
 */
@Route("workspace")
@PageTitle("Workspace \u00b7 Crosscheck")
@Menu(order = 10, title = "Workspace")
@RolesAllowed("ADMIN")
class WorkspaceView extends Div {

    final Anchor download;
    final Upload upload;
    final Paragraph result = new Paragraph();

    WorkspaceView(WorkspaceBackupService backups) {
        addClassName("workspace-view");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            backups.write(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), backups.fileName(), "application/json", bytes.length);
        }), "");
        var downloadButton = new Button("Download a backup", VaadinIcon.DOWNLOAD_ALT.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        download.setId("backup-download");
        download.getElement().setAttribute("download", true);

        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String message;
            boolean ok;
            try {
                RestoreReport report = backups.restore(new ByteArrayInputStream(data));
                message = "Restored: " + report.summary() + ". Restored users are disabled: enable them and set their "
                        + "passwords under Users.";
                ok = true;
            } catch (DomainException e) {
                message = e.getMessage();
                ok = false;
            }
            String shown = message;
            boolean success = ok;
            ui.access(() -> showResult(shown, success));
        }));
        upload.setId("backup-restore");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Choose a backup file\u2026", VaadinIcon.UPLOAD_ALT.create()));
        upload.setDropLabel(new Span("or drop a Crosscheck backup (.json) here"));
        result.addClassName("restore-result");

        var backup = new Section(new H2("Backup"),
                new Paragraph("One JSON file with everything this workspace holds: articles with their text and metadata, "
                        + "claims (analysts' own too), reviews, notes, corrections, links, group notes, history, and the "
                        + "users without their passwords. Claim groups are computed again after a restore."),
                download);
        var restore = new Section(new H2("Restore"),
                new Paragraph("Restores a backup into an empty workspace only (start Crosscheck on an empty data folder "
                        + "with crosscheck.corpus.import-on-start=false). Restored users are disabled, with a random "
                        + "password, until an admin enables them and sets one; users that exist here are kept."),
                upload, result);
        backup.addClassName("workspace-section");
        restore.addClassName("workspace-section");
        add(new H1("Workspace"), backup, restore);
    }

    private void showResult(String message, boolean success) {
        result.setText(message);
        result.getElement().setAttribute("data-success", Boolean.toString(success));
    }
}
