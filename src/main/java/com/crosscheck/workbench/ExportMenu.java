package com.crosscheck.workbench;

import com.crosscheck.base.DomainException;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.export.ExportFormat;
import com.crosscheck.export.ExportService;
import com.crosscheck.export.ExportedFile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The "Export" button: a dialog with one download link per {@link ExportFormat} (each with
 * {@code data-format="md"} and the id {@code export-md}, and so on). The file is written in memory when a link
 * is followed, so nothing is left on disk. Anyone signed in may export.
 */
class ExportMenu extends Div {

    private final Button button = new Button("Export", VaadinIcon.DOWNLOAD_ALT.create());
    private final Dialog dialog = new Dialog();

    /**
     * @param articles the articles of the comparison, or empty for the whole corpus
     * @param what     what is exported, for the dialog's title ("this comparison")
     */
    ExportMenu(ExportService exports, List<ArticleId> articles, String what) {
        addClassName("export-menu");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("export-button");
        button.setTooltipText("Download " + what + " as Markdown notes, CSV, JSON, W3C annotations or PDF");
        dialog.setHeaderTitle("Export " + what);
        dialog.addClassName("export-dialog");
        var links = new Div();
        links.addClassName("export-links");
        for (ExportFormat format : exports.formats()) {
            var extension = new Span("." + format.fileExtension());
            extension.addClassName("export-extension");
            var link = new Anchor(download(exports, articles, format.id()), "");
            link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(format.label()), extension);
            link.setId("export-" + format.id());
            link.getElement().setAttribute("data-format", format.id());
            link.getElement().setAttribute("download", true);
            link.addClassName("export-link");
            links.add(link);
        }
        var hint = new Paragraph("Exports include the analysts' reviews, notes and verdicts as they are now.");
        hint.addClassName("muted");
        dialog.add(links, hint);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        button.addClickListener(e -> dialog.open());
        add(button);
    }

    Button button() {
        return button;
    }

    Dialog dialog() {
        return dialog;
    }

    private static DownloadHandler download(ExportService exports, List<ArticleId> articles, String format) {
        List<ArticleId> ids = List.copyOf(articles);
        return DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile file = exports.export(ids, format);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                        file.content().length);
            } catch (DomainException e) {
                return DownloadResponse.error(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 400, e.getMessage());
            }
        });
    }
}
