package com.crosscheck.corpus.ui;

import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleImportService;
import com.crosscheck.corpus.ImportResult;
import com.crosscheck.corpus.PastedArticle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Importing articles: upload files (one or many, zips too), fetch a web address, or paste text. Files are read
 * and stored in the background ({@link ImportQueue}); a progress bar counts the files done, and the result list
 * shows each file's outcome as soon as it is known. Analysts and admins only.
 */
@Route("import")
@RolesAllowed("ANALYST")
@PageTitle("Import \u00b7 Crosscheck")
@Menu(order = 1, title = "Import")
class ImportView extends VerticalLayout {

    /** How often the browser asks for news while imports run. */
    private static final int POLL_MILLIS = 500;

    private final ArticleImportService imports;
    private final ImportQueue queue;
    final Upload upload;
    final Upload folderUpload;
    final TextField url = new TextField("Web address");
    final Button fetch = new Button("Import page");
    final PasteForm paste;
    final TabSheet tabs = new TabSheet();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final ImportResultList results = new ImportResultList();
    /** Opens Compare on the articles this screen stored (or found already stored), when there are two to four. */
    final Button compare = new Button("Compare", VaadinIcon.SPLIT_H.create());
    /** The articles this screen's imports ended in, new or already present, in the order they finished. */
    private final Set<ArticleId> stored = new LinkedHashSet<>();
    /** This screen's imports, one after another in the order they were started. */
    private CompletableFuture<@Nullable Void> lane = CompletableFuture.completedFuture(null);
    private int started;
    private int finished;

    ImportView(ArticleImportService imports, ImportQueue queue) {
        this.imports = imports;
        this.queue = queue;
        addClassName("import-view");

        upload = uploader("article-upload");
        upload.setDropLabel(new Span("Drop article files or folders here: " + String.join(" ",
                ArticleImportService.acceptedExtensions())));
        folderUpload = uploader("folder-upload");
        var chooseFolder = new Button("Choose a folder\u2026", VaadinIcon.FOLDER_OPEN_O.create());
        folderUpload.setUploadButton(chooseFolder);
        folderUpload.setDropAllowed(false);
        folderUpload.setDropLabel(new Span("every article file in it and its subfolders"));
        // the picker chooses a folder instead of files (every current browser supports webkitdirectory)
        folderUpload.getElement().executeJs("const input = this.shadowRoot && this.shadowRoot.querySelector('input[type=file]');"
                + " if (input) { input.webkitdirectory = true; }");

        url.setId("import-url");
        url.setPlaceholder("https://");
        url.setWidth("32rem");
        url.setClearButtonVisible(true);
        fetch.setId("import-url-button");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.addClickListener(e -> fetchPage());
        var urlForm = new VerticalLayout(new Paragraph("The page is fetched, its main text kept, and its title, site"
                + " and date taken from its metadata."), url, fetch);
        urlForm.setPadding(false);

        paste = new PasteForm();
        paste.addImportListener(e -> importPasted(e.article()));

        tabs.setWidthFull();
        tabs.add("Files", new VerticalLayout(new Paragraph("Files in the article format (.txt), Markdown, HTML, PDF"
                + " or Word; a zip or a folder imports every file in it. Each file succeeds or fails on its own."),
                upload, folderUpload));
        tabs.add("Web address", urlForm);
        tabs.add("Paste text", paste);

        progress.setId("import-progress");
        progress.setVisible(false);
        progress.setWidth("24rem");
        progressText.addClassName("muted");
        compare.setId("import-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        compare.setVisible(false);
        compare.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("compare/"
                + stored.stream().map(ArticleId::toString).collect(Collectors.joining(",")))));
        var progressRow = new Div(progress, progressText, compare);
        progressRow.addClassName("import-progress");

        add(new H1("Import articles"), tabs, progressRow, results);
    }

    private Upload uploader(String id) {
        var uploader = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        uploader.setId(id);
        uploader.setAcceptedFileTypes(ArticleImportService.acceptedExtensions().toArray(String[]::new));
        uploader.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxUploadBytes()));
        uploader.addFileRejectedListener(e -> refused(ImportResult.failed(e.getFileName(),
                e.getFileName() + ": " + rejection(e.getErrorMessage()))));
        return uploader;
    }

    /** A file the browser did not send (wrong type, too large): counted as done, with its reason. */
    private void refused(ImportResult result) {
        results.show(null, result);
        started++;
        finished++;
        updateProgress(UI.getCurrent());
    }

    /** Takes one uploaded file (on the session's lock) and reads it in the background. */
    void receive(String name, byte[] bytes) {
        run(name, () -> imports.importFile(name, bytes));
    }

    private void fetchPage() {
        String address = url.getValue().strip();
        if (address.isEmpty()) {
            url.setInvalid(true);
            url.setErrorMessage("Give the page's address, starting with http:// or https://.");
            return;
        }
        url.setInvalid(false);
        run(address, () -> List.of(imports.importUrl(address)));
        url.clear();
    }

    private void importPasted(PastedArticle article) {
        ImportResult result = imports.importText(article);
        results.show(null, result);
        remember(List.of(result));
        updateCompare(finished < started);
        if (result.outcome() == ImportResult.Outcome.IMPORTED) {
            paste.clear();
        }
    }

    /** Shows a pending row for {@code name}, then replaces it with the results of {@code work}, run in the background. */
    private void run(String name, Supplier<List<ImportResult>> work) {
        UI ui = UI.getCurrent();
        Div pending = results.pending(name);
        started++;
        updateProgress(ui);
        Runnable job = queue.asCurrentUser(() -> {
            List<ImportResult> done;
            try {
                done = work.get();
            } catch (RuntimeException e) {
                done = List.of(ImportResult.failed(name, name + ": not imported (" + e.getMessage() + ")"));
            }
            List<ImportResult> outcome = done;
            try {
                ui.access(() -> {
                    outcome.forEach(result -> results.show(pending, result));
                    results.done(pending);
                    remember(outcome);
                    finished++;
                    updateProgress(ui);
                });
            } catch (UIDetachedException e) {
                // the screen was closed; the import itself is done and stored
            }
        });
        lane = lane.exceptionally(e -> null).thenRunAsync(job, queue.executor());
    }

    private void updateProgress(UI ui) {
        boolean running = finished < started;
        progress.setVisible(started > 0);
        progress.setValue(started == 0 ? 0 : (double) finished / started);
        progressText.setText(started == 0 ? "" : running
                ? "%d of %d files done\u2026".formatted(finished, started)
                : "%d of %d files done: %d imported, %d already present, %d failed".formatted(finished, started,
                        results.count("imported"), results.count("duplicate"), results.count("failed")));
        ui.setPollInterval(running ? POLL_MILLIS : -1);
        updateCompare(running);
    }

    private void remember(List<ImportResult> done) {
        done.stream().map(ImportResult::articleId).filter(Objects::nonNull).forEach(stored::add);
    }

    /** Once nothing runs: "Compare these 3" for two to four articles; beyond that, the Articles list chooses. */
    private void updateCompare(boolean running) {
        int count = stored.size();
        compare.setVisible(!running && count >= ArticlesView.MIN_COMPARED && count <= ArticlesView.MAX_COMPARED);
        compare.setText("Compare these " + count);
    }

    private String rejection(String error) {
        String lower = error.toLowerCase(Locale.ROOT);
        if (lower.contains("size") || lower.contains("large") || lower.contains("big")) {
            return "too large: over the limit of %d MB for an upload".formatted(imports.maxUploadBytes() / (1024 * 1024));
        }
        if (lower.contains("type") || lower.contains("accept")) {
            return "unsupported file type; Crosscheck imports " + String.join(", ", ArticleImportService.acceptedExtensions());
        }
        return error;
    }
}
