package com.crosscheck.corpus;

import com.crosscheck.corpus.internal.ArticleEntity;
import com.crosscheck.corpus.internal.ArticleRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finding stored articles and storing new ones. */
@Service
@Transactional(readOnly = true)
public class CorpusService {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019.,-]*");

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorpusService(ArticleRepository articles, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    /** The articles matching {@code filter}, newest first, without their text. */
    public List<ArticleSummary> findSummaries(ArticleFilter filter) {
        String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
        boolean anyOutlet = filter.outlets().isEmpty();
        return articles.findSummaries(pattern, anyOutlet, anyOutlet ? List.of("") : filter.outlets());
    }

    /** Every article without its text, in the order they were stored. */
    public List<ArticleListItem> listArticles() {
        return articles.findListItems();
    }

    /** The distinct outlets of all stored articles, alphabetically. */
    public List<String> outlets() {
        return articles.findOutlets();
    }

    public long count() {
        return articles.count();
    }

    public Optional<Article> findArticle(ArticleId id) {
        return articles.findById(id.value()).map(ArticleEntity::toArticle);
    }

    /** The stored articles among {@code ids}, in the order of {@code ids}; unknown ids are left out. */
    public List<Article> findArticles(List<ArticleId> ids) {
        var byId = new LinkedHashMap<ArticleId, Article>();
        articles.findAllById(ids.stream().map(ArticleId::value).toList())
                .forEach(entity -> byId.put(entity.articleId(), entity.toArticle()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every stored article with where and when it came in, by id; for the workspace backup. */
    public List<StoredArticle> allArticles() {
        return articles.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .map(e -> new StoredArticle(e.toArticle(), e.sourceName(), e.importedAt())).toList();
    }

    /**
     * Stores an article from a workspace backup as it was. Publishes nothing, so its claims are not extracted
     * anew: the backup's claims are restored beside it.
     *
     * @throws IllegalArgumentException when the same text is already stored
     */
    @Transactional
    public ArticleId restoreArticle(ArticleDraft draft, Instant importedAt) {
        String hash = contentHash(draft.body());
        if (articles.findIdByContentHash(hash).isPresent()) {
            throw new IllegalArgumentException("the article \u201c" + draft.title() + "\u201d is already stored");
        }
        return articles.saveAndFlush(new ArticleEntity(draft.title(), draft.outlet(), draft.url(), draft.published(),
                draft.metadata(), draft.body(), countWords(draft.body()), hash, draft.source(), importedAt)).articleId();
    }

    /**
     * Stores a read article unless the same text, or an article from the same web address ({@link UrlKey}), is
     * already stored. Publishes {@link ArticleImported} for a new article. The article and its metadata are stored
     * in one transaction: a failure leaves nothing behind.
     */
    @Transactional
    public ImportResult importArticle(ArticleDraft draft) {
        String hash = contentHash(draft.body());
        Optional<Long> existing = articles.findIdByContentHash(hash);
        if (existing.isPresent()) {
            return ImportResult.duplicate(draft.source(), new ArticleId(existing.get()));
        }
        String urlKey = UrlKey.of(draft.url());
        Optional<Long> sameUrl = urlKey == null ? Optional.empty() : articles.findIdByUrlKey(urlKey);
        if (sameUrl.isPresent()) {
            return ImportResult.duplicateUrl(draft.source(), new ArticleId(sameUrl.get()));
        }
        var entity = articles.saveAndFlush(new ArticleEntity(draft.title(), draft.outlet(), draft.url(),
                draft.published(), draft.metadata(), draft.body(), countWords(draft.body()), hash, draft.source(),
                clock.instant()));
        events.publishEvent(new ArticleImported(entity.articleId()));
        return ImportResult.imported(draft.source(), entity.articleId());
    }

    /**
     * SHA-256 of the body with line endings unified and surrounding white space removed, so that the same
     * article saved on another system is still recognised.
     */
    static String contentHash(String body) {
        String normalised = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static int countWords(String body) {
        return (int) WORD.matcher(body).results().count();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
