package com.crosscheck.claims;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.internal.ClaimDraftRules;
import com.crosscheck.claims.internal.ClaimEntity;
import com.crosscheck.claims.internal.ClaimExtractionEntity;
import com.crosscheck.claims.internal.ClaimExtractionRepository;
import com.crosscheck.claims.internal.ClaimRepository;
import com.crosscheck.corpus.Article;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import com.crosscheck.nlp.Sentence;
import com.crosscheck.nlp.TextAnalyzer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final TextAnalyzer analyzer;

    ClaimService(ClaimRepository claims, ClaimExtractionRepository extractions, CorpusService corpus,
            ClaimExtractor extractor, ApplicationEventPublisher events, Clock clock, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
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

    /**
     * Extracts an article's claims with the current extractor, replacing the stored extracted ones. Claims that
     * analysts added by hand are kept, and an extracted claim overlapping one of them is left out.
     */
    @Transactional
    public int extract(ArticleId id) {
        Article article = article(id);
        List<Claim> analysts = claims.findAnalystClaims(id.value()).stream().map(e -> e.toStoredClaim().claim()).toList();
        List<Claim> found = extractor.extract(article.body(), article.published()).stream()
                .filter(c -> analysts.stream().noneMatch(a -> overlap(a.span(), c.span())))
                .toList();
        claims.deleteExtractedByArticleId(id.value());
        claims.saveAll(found.stream().map(c -> ClaimEntity.of(id, c)).toList());
        extractions.save(new ClaimExtractionEntity(id.value(), ClaimExtractor.VERSION, clock.instant()));
        events.publishEvent(new ClaimsExtracted(id, found.size()));
        return found.size();
    }

    /**
     * Adds a claim an analyst marked in the text. It takes part in matching and exports like an extracted one
     * and is kept when the article is extracted again.
     *
     * @throws InvalidClaimException naming each field that is wrong, in words
     */
    @Transactional
    @PreAuthorize("hasRole('ANALYST')")
    public StoredClaim addClaim(ArticleId id, ClaimDraft draft, String author) {
        Article article = article(id);
        List<Claim> existing = claimsOf(id).stream().map(StoredClaim::claim).toList();
        Claim claim = ClaimDraftRules.toClaim(draft, article.body(), sentenceAround(article.body(), draft.span()), existing);
        StoredClaim saved = claims.save(ClaimEntity.byAnalyst(id, claim, author)).toStoredClaim();
        events.publishEvent(new AnalystClaimsChanged(id));
        return saved;
    }

    /** Removes a claim an analyst added; extracted claims cannot be removed (mark them false instead). */
    @Transactional
    @PreAuthorize("hasRole('ANALYST')")
    public void removeClaim(ClaimId id) {
        var entity = claims.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("There is no claim " + id + "; it may have been removed already."));
        StoredClaim stored = entity.toStoredClaim();
        if (!stored.isAnalystClaim()) {
            throw new IllegalArgumentException("Only claims added by an analyst can be removed; mark an extracted claim false instead.");
        }
        claims.delete(entity);
        events.publishEvent(new AnalystClaimsChanged(stored.article()));
    }

    /** Every stored claim, by id; for the workspace backup. */
    public List<StoredClaim> allClaims() {
        return claims.findAll(org.springframework.data.domain.Sort.by("id")).stream().map(ClaimEntity::toStoredClaim).toList();
    }

    /** When and by which extractor version each article's claims were made; for the workspace backup. */
    public List<ClaimExtraction> extractions() {
        return extractions.findAll(org.springframework.data.domain.Sort.by("articleId")).stream()
                .map(ClaimExtractionEntity::toExtraction).toList();
    }

    /**
     * Stores claims from a workspace backup for a restored article, as they were (the ids and articles of
     * {@code restored} are ignored), and the extraction record, so that they are extracted again on start only
     * when {@code extraction} names another extractor version. Publishes nothing.
     *
     * @return the stored claims, in the order given
     */
    @Transactional
    public List<StoredClaim> restoreClaims(ArticleId article, List<StoredClaim> restored, ClaimExtraction extraction) {
        var saved = new java.util.ArrayList<StoredClaim>();
        for (StoredClaim claim : restored) {
            ClaimEntity entity = claim.author() == null ? ClaimEntity.of(article, claim.claim())
                    : ClaimEntity.byAnalyst(article, claim.claim(), claim.author());
            saved.add(claims.save(entity).toStoredClaim());
        }
        extractions.save(new ClaimExtractionEntity(article.value(), extraction.extractorVersion(), extraction.extractedAt()));
        claims.flush();
        return saved;
    }

    /** The articles whose stored claims are missing or were made by another extractor version. */
    public List<ArticleId> articlesNeedingExtraction() {
        return extractions.findArticlesNotAtVersion(ClaimExtractor.VERSION).stream().map(ArticleId::new).toList();
    }

    private Article article(ArticleId id) {
        return corpus.findArticle(id).orElseThrow(() -> new IllegalArgumentException("there is no article " + id));
    }

    /** The sentences the span touches, as one span (a selection rarely crosses a sentence end). */
    private TextSpan sentenceAround(String body, TextSpan span) {
        int start = span.start();
        int end = span.end();
        for (Sentence sentence : analyzer.sentences(body)) {
            if (sentence.span().start() <= span.start() && span.start() < sentence.span().end()) {
                start = sentence.span().start();
            }
            if (sentence.span().start() < span.end() && span.end() <= sentence.span().end()) {
                end = sentence.span().end();
            }
        }
        return new TextSpan(Math.min(start, span.start()), Math.max(end, span.end()));
    }

    private static boolean overlap(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
