package com.crosscheck.claims;

import com.crosscheck.claims.internal.ClaimEntity;
import com.crosscheck.claims.internal.ClaimExtractionEntity;
import com.crosscheck.claims.internal.ClaimExtractionRepository;
import com.crosscheck.claims.internal.ClaimRepository;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored claims of stored articles: extracting, re-extracting and reading them. */
@Service
@Transactional(readOnly = true)
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimExtractionRepository extractions;
    private final CorpusService corpus;
    private final ClaimExtractor extractor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ClaimExtractionRepository extractions, CorpusService corpus,
            ClaimExtractor extractor, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.extractions = extractions;
        this.corpus = corpus;
        this.extractor = extractor;
        this.events = events;
        this.clock = clock;
    }

    /** The claims of one article in text order. */
    public List<StoredClaim> claimsOf(ArticleId article) {
        return claims.findByArticleIdOrderByStartOffset(article.value()).stream().map(ClaimEntity::toStoredClaim).toList();
    }

    /** The claims of several articles, grouped in one list in article then text order. */
    public List<StoredClaim> claimsOf(Collection<ArticleId> articles) {
        return claims.findByArticleIdInOrderByArticleIdAscStartOffsetAsc(articles.stream().map(ArticleId::value).toList())
                .stream().map(ClaimEntity::toStoredClaim).toList();
    }

    public Optional<StoredClaim> find(ClaimId id) {
        return claims.findById(id.value()).map(ClaimEntity::toStoredClaim);
    }

    /** Extracts an article's claims with the current extractor, replacing any stored ones. */
    @Transactional
    public int extract(ArticleId id) {
        Article article = corpus.findArticle(id)
                .orElseThrow(() -> new IllegalArgumentException("there is no article " + id));
        List<Claim> found = extractor.extract(article.body(), article.published());
        claims.deleteByArticleId(id.value());
        claims.saveAll(found.stream().map(c -> ClaimEntity.of(id, c)).toList());
        extractions.save(new ClaimExtractionEntity(id.value(), ClaimExtractor.VERSION, clock.instant()));
        events.publishEvent(new ClaimsExtracted(id, found.size()));
        return found.size();
    }

    /** The articles whose stored claims are missing or were made by another extractor version. */
    public List<ArticleId> articlesNeedingExtraction() {
        return extractions.findArticlesNotAtVersion(ClaimExtractor.VERSION).stream().map(ArticleId::new).toList();
    }
}
