package com.crosscheck.matching;

import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.matching.internal.ClaimGroupEntity;
import com.crosscheck.matching.internal.ClaimGroupRepository;
import com.crosscheck.matching.internal.ComparisonEntity;
import com.crosscheck.matching.internal.ComparisonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The claim groups of any set of stored articles: computed on first request, stored, and dropped when the
 * claims of one of the articles change, to be computed again on the next request. Group claim ids are
 * {@link com.crosscheck.claims.ClaimId} values.
 */
@Service
@Transactional
public class MatchingService {

    private final ComparisonRepository comparisons;
    private final ClaimGroupRepository groups;
    private final CorpusService corpus;
    private final ClaimService claims;
    private final ClaimMatcher matcher;
    private final Clock clock;
    private final List<AnalystInput> analystInput;

    MatchingService(ComparisonRepository comparisons, ClaimGroupRepository groups, CorpusService corpus,
            ClaimService claims, ClaimMatcher matcher, Clock clock, List<AnalystInput> analystInput) {
        this.analystInput = analystInput;
        this.comparisons = comparisons;
        this.groups = groups;
        this.corpus = corpus;
        this.claims = claims;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** The groups of the claims of {@code articles} (unknown ids are ignored). */
    public List<ClaimGroup> groupsFor(Collection<ArticleId> articles) {
        var ids = new TreeSet<Long>();
        articles.forEach(a -> ids.add(a.value()));
        String key = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        var stored = comparisons.findByArticleKey(key);
        if (stored.isPresent()) {
            return groups.findByComparisonIdOrderByPosition(stored.get().id()).stream().map(ClaimGroupEntity::toGroup).toList();
        }
        List<ClaimGroup> computed = compute(articles);
        ComparisonEntity comparison = comparisons.saveAndFlush(new ComparisonEntity(key, ids, clock.instant()));
        var saved = new ArrayList<ClaimGroup>();
        for (int i = 0; i < computed.size(); i++) {
            saved.add(groups.save(ClaimGroupEntity.of(comparison.id(), i, computed.get(i))).toGroup());
        }
        return saved;
    }

    /** Drops the stored groups of every comparison that includes the article; they are computed anew on request. */
    public void forget(ArticleId article) {
        comparisons.deleteIncluding(article.value());
    }

    private List<ClaimGroup> compute(Collection<ArticleId> articleIds) {
        Map<ArticleId, Article> articles = corpus.findArticles(List.copyOf(articleIds)).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<StoredClaim> found = claims.claimsOf(articles.keySet());
        MatchingDecisions decisions = MatchingDecisions.none();
        for (AnalystInput input : analystInput) {
            found = input.corrected(found);
            decisions = input.decisionsAmong(found);
        }
        var compared = new ArrayList<ComparedClaim>();
        for (StoredClaim stored : found) {
            Article article = articles.get(stored.article());
            compared.add(new ComparedClaim(stored.id().toString(), stored.article().toString(),
                    article.outlet() == null ? article.title() : article.outlet(), article.published(), stored.claim(),
                    stored.claim().sentence().of(article.body())));
        }
        return matcher.match(compared, decisions);
    }
}
