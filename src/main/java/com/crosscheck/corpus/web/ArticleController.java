package com.crosscheck.corpus.web;

import com.crosscheck.base.DomainException;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleImportService;
import com.crosscheck.corpus.ArticleListItem;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.corpus.ImportResult;
import com.crosscheck.corpus.PastedArticle;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/articles}: list and read articles (every signed-in user), import them (analysts and admins).
 *
 * <ul>
 * <li>{@code POST} multipart, one or more parts named {@code file} (zips unpacked): {@code 201} when every file
 * was imported, else {@code 200}; the body always lists one result per file ({@link ImportResponse}).</li>
 * <li>{@code POST} JSON {@code {"url": ...}} fetches a page, {@code {"title","outlet","url","published","body"}}
 * imports pasted text: {@code 201} with {@code Location} for a new article, {@code 409} problem for a duplicate
 * (its {@code articleId} named), {@code 422} problem when the page or text cannot become an article, {@code 400}
 * for invalid input.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    /** One row of the list. */
    record ArticleRow(long id, String title, @Nullable String outlet, @Nullable String url,
            @Nullable LocalDate published, int wordCount) {
        static ArticleRow of(ArticleListItem item) {
            return new ArticleRow(item.id().value(), item.title(), item.outlet(), item.url(), item.published(),
                    item.wordCount());
        }
    }

    /** One article with its text and metadata. */
    record ArticleJson(long id, String title, @Nullable String outlet, @Nullable String url,
            @Nullable LocalDate published, int wordCount, Map<String, String> metadata, String body) {
        static ArticleJson of(Article a) {
            return new ArticleJson(a.id().value(), a.title(), a.outlet(), a.url(), a.published(), a.wordCount(),
                    a.metadata(), a.body());
        }
    }

    /** What happened to one file or request. */
    record ResultJson(String source, String outcome, @Nullable Long articleId, String message,
            @Nullable String location) {
        static ResultJson of(ImportResult r) {
            Long id = r.articleId() == null ? null : r.articleId().value();
            return new ResultJson(r.source(), r.outcome().name().toLowerCase(Locale.ROOT), id, r.message(),
                    id == null ? null : "/api/articles/" + id);
        }
    }

    /** The answer to a file upload: counts and one result per file, in upload order. */
    record ImportResponse(long imported, long duplicates, long failed, List<ResultJson> results) {
    }

    /** The JSON body of an import: a web address alone, or pasted text with its metadata. */
    record ImportRequest(@Nullable String url, @Nullable String title, @Nullable String outlet,
            @Nullable String published, @Nullable String body) {
    }

    private final CorpusService corpus;
    private final ArticleImportService imports;

    ArticleController(CorpusService corpus, ArticleImportService imports) {
        this.corpus = corpus;
        this.imports = imports;
    }

    @GetMapping
    List<ArticleRow> list() {
        return corpus.listArticles().stream().map(ArticleRow::of).toList();
    }

    @GetMapping("/{id}")
    ArticleJson get(@PathVariable String id) {
        ArticleId articleId;
        try {
            articleId = ArticleId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "There is no article " + id + ".");
        }
        return corpus.findArticle(articleId).map(ArticleJson::of)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "There is no article " + id + "."));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<ImportResponse> upload(@RequestPart(name = "file", required = false) @Nullable List<MultipartFile> files)
            throws IOException {
        if (files == null || files.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID,
                    "Send the files as multipart parts named \u201cfile\u201d.");
        }
        var results = new ArrayList<ImportResult>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload" : file.getOriginalFilename();
            results.addAll(imports.importFile(name, file.getBytes()));
        }
        long imported = count(results, ImportResult.Outcome.IMPORTED);
        var response = new ImportResponse(imported, count(results, ImportResult.Outcome.DUPLICATE),
                count(results, ImportResult.Outcome.FAILED), results.stream().map(ResultJson::of).toList());
        return ResponseEntity.status(imported == results.size() ? HttpStatus.CREATED : HttpStatus.OK).body(response);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<?> create(@RequestBody ImportRequest request) {
        ImportResult result;
        if (request.body() == null && request.title() == null) {
            if (request.url() == null || request.url().isBlank()) {
                throw new DomainException(DomainException.Kind.INVALID,
                        "Give a \u201curl\u201d to fetch, or \u201ctitle\u201d and \u201cbody\u201d of pasted text.");
            }
            result = imports.importUrl(request.url());
        } else {
            result = imports.importText(new PastedArticle(request.title(), request.outlet(), request.url(),
                    date(request.published()), request.body()));
        }
        return switch (result.outcome()) {
            case IMPORTED -> ResponseEntity.created(URI.create("/api/articles/" + result.articleId()))
                    .body(ResultJson.of(result));
            case DUPLICATE -> problem(HttpStatus.CONFLICT, result);
            case FAILED -> problem(HttpStatus.UNPROCESSABLE_CONTENT, result);
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ImportResult result) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, result.message());
        if (result.articleId() != null) {
            problem.setProperty("articleId", result.articleId().value());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID,
                    "\u201cpublished\u201d must be a date of the form YYYY-MM-DD, not \u201c" + text + "\u201d.");
        }
    }

    private static long count(List<ImportResult> results, ImportResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
