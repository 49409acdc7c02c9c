package com.crosscheck.claims.internal;

import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * When claims are extracted: right after an article is imported (once its import has committed, so that a
 * failing extraction never undoes an import), and on start for every article whose claims are missing or
 * were made by an older extractor version.
 */
@Component
@Order(10)
class ExtractionTriggers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExtractionTriggers.class);

    private final ClaimService claims;

    ExtractionTriggers(ClaimService claims) {
        this.claims = claims;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArticleImported event) {
        claims.extract(event.articleId());
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ArticleId> stale = claims.articlesNeedingExtraction();
        if (stale.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        int total = 0;
        for (ArticleId id : stale) {
            try {
                total += claims.extract(id);
            } catch (RuntimeException e) {
                log.warn("Claims of article {} could not be extracted: {}", id, e.getMessage());
            }
        }
        log.info("Extracted {} claims from {} articles in {} ms", total, stale.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
