package com.crosscheck.annotation.web;

import com.crosscheck.annotation.GroupReview;
import com.crosscheck.annotation.GroupReviewService;
import com.crosscheck.base.DomainException;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.matching.ClaimGroup;
import com.crosscheck.matching.MatchingService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The claim groups of a set of articles, with analysts' verdicts and notes beside the automatic ones. */
@RestController
class ComparisonController {

    record ArticleRef(long id, String title, @Nullable String outlet, @Nullable LocalDate published) {
    }

    /**
     * @param verdict          the analysts' verdict where one was set, else {@code automaticVerdict}
     * @param claims           claim ids, oldest article first
     */
    record GroupJson(long id, String kind, String label, String verdict, String automaticVerdict, List<Long> claims,
            String explanation, List<String> evidence, @Nullable String note, @Nullable String noteBy) {
    }

    record ComparisonJson(List<ArticleRef> articles, List<GroupJson> groups) {
    }

    private final CorpusService corpus;
    private final MatchingService matching;
    private final GroupReviewService groupReviews;

    ComparisonController(CorpusService corpus, MatchingService matching, GroupReviewService groupReviews) {
        this.corpus = corpus;
        this.matching = matching;
        this.groupReviews = groupReviews;
    }

    @GetMapping("/api/comparisons")
    ComparisonJson compare(@RequestParam(defaultValue = "") String articles) {
        List<ArticleId> ids = ApiIds.articles(articles);
        List<Article> found = corpus.findArticles(ids);
        if (found.size() < ids.size()) {
            List<String> missing = ids.stream().filter(id -> found.stream().noneMatch(a -> a.id().equals(id)))
                    .map(ArticleId::toString).toList();
            throw new DomainException(DomainException.Kind.NOT_FOUND, "There is no article " + String.join(", ", missing) + ".");
        }
        List<ClaimGroup> groups = matching.groupsFor(ids);
        Map<String, GroupReview> reviews = groupReviews.reviewsOf(groups);
        return new ComparisonJson(found.stream().map(a -> new ArticleRef(a.id().value(), a.title(), a.outlet(), a.published())).toList(),
                groups.stream().map(g -> {
                    GroupReview review = reviews.get(g.id());
                    String verdict = review != null && review.verdict() != null ? review.verdict().label() : g.verdict().label();
                    return new GroupJson(Long.parseLong(g.id()), g.kind().label(), g.label(), verdict, g.verdict().label(),
                            g.claims().stream().map(Long::valueOf).toList(), g.explanation(), g.evidence(),
                            review == null ? null : review.note(), review == null ? null : review.updatedBy());
                }).toList());
    }
}
