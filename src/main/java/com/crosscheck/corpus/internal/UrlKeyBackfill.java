package com.crosscheck.corpus.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the articles stored before URL keys existed ({@code V6__imports.sql}) their key, before anything is
 * imported, so that a later import of the same address is recognised.
 */
@Component
@Order(-10)
class UrlKeyBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UrlKeyBackfill.class);

    private final ArticleRepository articles;

    UrlKeyBackfill(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var missing = articles.findWithoutUrlKey();
        missing.forEach(ArticleEntity::updateUrlKey);
        if (!missing.isEmpty()) {
            log.info("Gave {} stored articles their URL key", missing.size());
        }
    }
}
