package com.crosscheck.corpus;

import com.crosscheck.base.DomainException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports articles from uploaded files (the article format, Markdown, HTML, PDF, Word...), zips of them,
 * folders, web addresses and pasted text. Every file is read and stored on its own, in its own transaction
 * ({@link CorpusService#importArticle}): one bad file never stops the others, and a failure never leaves a
 * half-saved article. Each file ends with an {@link ImportResult} whose message says what happened in words.
 * Analysts and admins only.
 */
@Service
public class ArticleImportService {

    private final CorpusService corpus;
    private final CorpusProperties properties;
    private final DocumentReader reader;
    private final PageFetcher fetcher;
    private final Clock clock;

    ArticleImportService(CorpusService corpus, CorpusProperties properties, Clock clock) {
        this.corpus = corpus;
        this.properties = properties;
        this.reader = new DocumentReader(properties.maxFileSize().toBytes());
        this.fetcher = new PageFetcher(properties.urlTimeout(), properties.maxFileSize().toBytes(),
                properties.urlPrivateAddresses());
        this.clock = clock;
    }

    /** The file name extensions that can be imported, zips included, as {@code .txt}. */
    public static List<String> acceptedExtensions() {
        var extensions = new ArrayList<>(DocumentReader.EXTENSIONS);
        extensions.add(".zip");
        extensions.sort(Comparator.naturalOrder());
        return extensions;
    }

    /** The largest upload taken: a zip up to its limit, any other file up to the file limit. */
    public long maxUploadBytes() {
        return Math.max(properties.maxFileSize().toBytes(), properties.maxZipSize().toBytes());
    }

    /** One uploaded file: a single article, or for a zip one result per file in it. */
    @PreAuthorize("hasRole('ANALYST')")
    public List<ImportResult> importFile(String name, byte[] bytes) {
        var results = new ArrayList<ImportResult>();
        importFile(name, bytes, results::add);
        return results;
    }

    /** Like {@link #importFile(String, byte[])}, reporting each result as soon as it is known. */
    @PreAuthorize("hasRole('ANALYST')")
    public void importFile(String name, byte[] bytes, Consumer<ImportResult> results) {
        if (DocumentReader.extension(name).equals(".zip")) {
            importZip(name, bytes, results);
        } else {
            results.accept(importOne(name, bytes));
        }
    }

    /** Files, folders (every importable file in them and below, hidden ones left out) and zips on this machine. */
    @PreAuthorize("hasRole('ANALYST')")
    public ImportReport importPaths(List<Path> paths, Consumer<ImportResult> progress) {
        var results = new ArrayList<ImportResult>();
        Consumer<ImportResult> both = result -> {
            results.add(result);
            progress.accept(result);
        };
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : filesIn(path, both)) {
                    importPath(file, both);
                }
            } else {
                importPath(path, both);
            }
        }
        return new ImportReport(results);
    }

    /** The page at a web address; its main text, title, site name and date as for an uploaded HTML file. */
    @PreAuthorize("hasRole('ANALYST')")
    public ImportResult importUrl(String url) {
        String address = url.strip();
        if (UrlKey.of(address) == null) {
            throw new DomainException(DomainException.Kind.INVALID,
                    "\u201c" + url + "\u201d is not a web address; give one starting with http:// or https://.");
        }
        try {
            PageFetcher.Page page = fetcher.fetch(address);
            ArticleDraft draft;
            if (page.contentType().contains("html") || page.contentType().contains("xml")) {
                draft = WebPageReader.read(address, page.body(), page.url());
            } else if (page.contentType().startsWith("application/pdf")) {
                draft = withUrl(reader.read(address + ".pdf", page.body()), address, page.url());
            } else if (page.contentType().startsWith("text/plain")) {
                draft = withUrl(reader.read(address + ".txt", page.body()), address, page.url());
            } else {
                return ImportResult.failed(address, address + ": unsupported content type \u201c"
                        + page.contentType() + "\u201d; Crosscheck imports web pages (HTML), PDF and plain text");
            }
            return store(draft);
        } catch (ArticleReadException e) {
            return ImportResult.failed(address, e.getMessage());
        } catch (RuntimeException e) {
            return ImportResult.failed(address, address + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Typed or pasted text.
     *
     * @throws DomainException (invalid) listing every problem when the form is not complete
     */
    @PreAuthorize("hasRole('ANALYST')")
    public ImportResult importText(PastedArticle pasted) {
        Map<String, String> problems = pasted.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, String.join(" ", problems.values()));
        }
        return store(pasted.toDraft());
    }

    private void importPath(Path file, Consumer<ImportResult> results) {
        String name = file.getFileName().toString();
        try {
            if (!DocumentReader.extension(name).equals(".zip")) {
                if (!DocumentReader.EXTENSIONS.contains(DocumentReader.extension(name))) {
                    results.accept(ImportResult.failed(name, DocumentReader.unsupported(name)));
                    return;
                }
                ArticleReader.checkSize(name, Files.size(file), properties.maxFileSize().toBytes());
            } else {
                checkZipSize(name, Files.size(file));
            }
            importFile(name, Files.readAllBytes(file), results);
        } catch (ArticleReadException e) {
            results.accept(ImportResult.failed(name, e.getMessage()));
        } catch (IOException e) {
            results.accept(ImportResult.failed(name, name + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static List<Path> filesIn(Path dir, Consumer<ImportResult> results) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(dir.relativize(file)))
                    .filter(file -> {
                        String extension = DocumentReader.extension(file.getFileName().toString());
                        return extension.equals(".zip") || DocumentReader.EXTENSIONS.contains(extension);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            results.accept(ImportResult.failed(dir.toString(), dir + ": the folder cannot be read (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void importZip(String name, byte[] bytes, Consumer<ImportResult> results) {
        try {
            checkZipSize(name, bytes.length);
        } catch (ArticleReadException e) {
            results.accept(ImportResult.failed(name, e.getMessage()));
            return;
        }
        long maxFile = properties.maxFileSize().toBytes();
        long maxTotal = properties.maxZipSize().toBytes();
        long total = 0;
        int files = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                String entryName = entry.getName();
                if (entry.isDirectory() || isHiddenEntry(entryName)) {
                    continue;
                }
                String source = name + "/" + entryName;
                if (++files > properties.maxZipEntries()) {
                    results.accept(ImportResult.failed(name, name + ": holds more than " + properties.maxZipEntries()
                            + " files; the rest were not imported (split it into smaller zips)"));
                    return;
                }
                String extension = DocumentReader.extension(entryName);
                if (extension.equals(".zip")) {
                    results.accept(ImportResult.failed(source, source + ": a zip inside a zip is not imported; unpack it"));
                    continue;
                }
                if (!DocumentReader.EXTENSIONS.contains(extension)) {
                    results.accept(ImportResult.failed(source, DocumentReader.unsupported(source)));
                    continue;
                }
                byte[] content = readAtMost(zip, maxFile + 1);
                total += content.length;
                if (total > maxTotal) {
                    results.accept(ImportResult.failed(name, "%s: unpacks to more than %s; the rest were not imported"
                            .formatted(name, ArticleReader.megabytes(maxTotal))));
                    return;
                }
                if (content.length > maxFile) {
                    results.accept(ImportResult.failed(source, "%s: too large: over the limit of %s for one file"
                            .formatted(source, ArticleReader.megabytes(maxFile))));
                    continue;
                }
                results.accept(importOne(source, content));
            }
            if (!any) {
                results.accept(ImportResult.failed(name, name + ": is not a zip file, or an empty one"));
            }
        } catch (IOException | IllegalArgumentException e) {
            results.accept(ImportResult.failed(name, name + ": the zip cannot be read (" + e.getMessage() + ")"));
        }
    }

    private void checkZipSize(String name, long size) throws ArticleReadException {
        if (size > properties.maxZipSize().toBytes()) {
            throw new ArticleReadException("%s: too large: %s is over the limit of %s for a zip".formatted(name,
                    ArticleReader.megabytes(size), ArticleReader.megabytes(properties.maxZipSize().toBytes())));
        }
    }

    private static boolean isHiddenEntry(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        return lower.startsWith("__macosx/") || Stream.of(entryName.split("/")).anyMatch(part -> part.startsWith("."));
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private ImportResult importOne(String name, byte[] bytes) {
        try {
            return store(reader.read(name, bytes));
        } catch (ArticleReadException e) {
            return ImportResult.failed(name, e.getMessage());
        } catch (RuntimeException e) {
            return ImportResult.failed(name, name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private ImportResult store(ArticleDraft draft) {
        try {
            return corpus.importArticle(draft);
        } catch (DataIntegrityViolationException e) {
            // a concurrent import may have stored the same text meanwhile: then this one is its duplicate
            try {
                return corpus.importArticle(draft);
            } catch (RuntimeException again) {
                return notStored(draft, e);
            }
        } catch (RuntimeException e) {
            return notStored(draft, e);
        }
    }

    private static ImportResult notStored(ArticleDraft draft, RuntimeException e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        return ImportResult.failed(draft.source(), draft.source() + ": could not be stored (" + cause.getMessage()
                + "); nothing of it was saved");
    }

    private static ArticleDraft withUrl(ArticleDraft draft, String source, String url) {
        return new ArticleDraft(source, draft.title(), draft.outlet(), url, draft.published(), draft.metadata(),
                draft.body());
    }
}
