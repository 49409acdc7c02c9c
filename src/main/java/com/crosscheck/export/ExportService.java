package com.crosscheck.export;

import com.crosscheck.annotation.AnnotationService;
import com.crosscheck.annotation.ClaimReview;
import com.crosscheck.annotation.GroupReview;
import com.crosscheck.annotation.GroupReviewService;
import com.crosscheck.base.DomainException;
import com.crosscheck.claims.ClaimId;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.MatchingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a comparison, or the whole corpus, in one of the {@link ExportFormat}s. Reading only: anyone signed in
 * may export (the web layer checks the sign-in).
 */
@Service
@Transactional // groups not computed yet are computed and stored on the way
public class ExportService {

    private final CorpusService corpus;
    private final ClaimService claims;
    private final MatchingService matching;
    private final AnnotationService annotations;
    private final GroupReviewService groupReviews;
    private final Clock clock;
    private final Map<String, ExportFormat> formats = new LinkedHashMap<>();

    ExportService(CorpusService corpus, ClaimService claims, MatchingService matching, AnnotationService annotations,
            GroupReviewService groupReviews, Clock clock, List<ExportFormat> formats) {
        this.corpus = corpus;
        this.claims = claims;
        this.matching = matching;
        this.annotations = annotations;
        this.groupReviews = groupReviews;
        this.clock = clock;
        for (ExportFormat format : formats) {
            if (this.formats.putIfAbsent(format.id(), format) != null) {
                throw new IllegalStateException("two export formats have the id " + format.id());
            }
        }
    }

    /** The available formats, in the order they are offered. */
    public List<ExportFormat> formats() {
        return List.copyOf(formats.values());
    }

    /**
     * The format with this id.
     *
     * @throws DomainException INVALID, naming the valid ids, when there is none
     */
    public ExportFormat format(String id) {
        ExportFormat format = formats.get(id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT));
        if (format == null) {
            throw new DomainException(DomainException.Kind.INVALID, "There is no export format \u201c" + id
                    + "\u201d; choose one of " + String.join(", ", formats.keySet()) + ".");
        }
        return format;
    }

    /**
     * Writes the comparison of {@code articles} (all stored articles when empty) in the format {@code formatId}.
     *
     * @throws DomainException INVALID for an unknown format, NOT_FOUND for an article that is not stored
     */
    public ExportedFile export(List<ArticleId> articles, String formatId) {
        ExportFormat format = format(formatId);
        ExportData data = gather(articles);
        var bytes = new ByteArrayOutputStream();
        try {
            format.write(data, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + format.id() + " export could not be written", e);
        }
        return new ExportedFile(fileName(articles, format), format.contentType(), bytes.toByteArray());
    }

    /**
     * The data of the comparison of {@code articleIds}, or of every stored article (oldest first) when empty.
     *
     * @throws DomainException NOT_FOUND naming the ids that are not stored
     */
    public ExportData gather(List<ArticleId> articleIds) {
        List<Article> articles = articleIds.isEmpty() ? wholeCorpus() : chosen(articleIds);
        List<ArticleId> ids = articles.stream().map(Article::id).toList();
        List<StoredClaim> stored = ids.isEmpty() ? List.of() : claims.claimsOf(ids);
        List<ClaimGroup> groups = ids.isEmpty() ? List.of() : matching.groupsFor(ids);
        Map<ClaimId, ClaimReview> reviews = annotations.reviewsOf(stored.stream().map(StoredClaim::id).toList());
        Map<String, GroupReview> shown = groups.isEmpty() ? Map.of() : groupReviews.reviewsOf(groups);
        Map<String, String> groupOfClaim = new HashMap<>();
        groups.forEach(g -> g.claims().forEach(c -> groupOfClaim.put(c, g.id())));
        var exportedClaims = stored.stream().map(c -> new ExportData.ExportedClaim(c, reviews.get(c.id()),
                groupOfClaim.get(c.id().toString()))).toList();
        var exportedGroups = groups.stream().map(g -> new ExportData.ExportedGroup(g, shown.get(g.id()))).toList();
        return new ExportData(clock.instant(), articles, exportedClaims, exportedGroups, annotations.orphansOf(ids));
    }

    private List<Article> wholeCorpus() {
        List<ArticleId> all = corpus.findSummaries(ArticleFilter.ALL).stream().map(ArticleSummary::id).toList();
        return corpus.findArticles(all).stream()
                .sorted(Comparator.comparing((Article a) -> Objects.requireNonNullElse(a.published(), LocalDate.MAX))
                        .thenComparing(a -> a.id().value()))
                .toList();
    }

    private List<Article> chosen(List<ArticleId> articleIds) {
        List<ArticleId> unique = List.copyOf(new LinkedHashSet<>(articleIds));
        List<Article> found = corpus.findArticles(unique);
        if (found.size() < unique.size()) {
            var missing = new ArrayList<>(unique);
            found.forEach(a -> missing.remove(a.id()));
            throw new DomainException(DomainException.Kind.NOT_FOUND, (missing.size() == 1 ? "There is no article " : "There are no articles ")
                    + missing.stream().map(ArticleId::toString).collect(Collectors.joining(", ")) + ".");
        }
        return found;
    }

    private String fileName(List<ArticleId> articles, ExportFormat format) {
        String what;
        if (articles.isEmpty()) {
            what = "corpus";
        } else if (articles.size() <= 6) {
            what = "comparison-" + articles.stream().distinct().map(ArticleId::toString).collect(Collectors.joining("-"));
        } else {
            what = "comparison-of-" + articles.stream().distinct().count() + "-articles";
        }
        return "crosscheck-" + what + "-" + LocalDate.now(clock) + "." + format.fileExtension();
    }
}
