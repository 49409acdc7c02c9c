package com.crosscheck.corpus.internal;

import com.crosscheck.corpus.ArticleSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Article rows; used only by the corpus services. */
public interface ArticleRepository extends JpaRepository<ArticleEntity, Long> {

    @Query("select a.id from ArticleEntity a where a.contentHash = :hash")
    Optional<Long> findIdByContentHash(@Param("hash") String hash);

    @Query("select min(a.id) from ArticleEntity a where a.urlKey = :key")
    Optional<Long> findIdByUrlKey(@Param("key") String key);

    @Query("select a from ArticleEntity a where a.url is not null and a.urlKey is null")
    List<ArticleEntity> findWithoutUrlKey();

    /**
     * Summaries of the articles whose title or body contains {@code pattern} (a lower-case LIKE pattern) and
     * whose outlet is in {@code outlets} unless {@code anyOutlet}; newest first.
     */
    @Query("""
            select new com.crosscheck.corpus.ArticleSummary(a.id, a.title, a.outlet, a.published, a.wordCount)
            from ArticleEntity a
            where (:anyOutlet = true or a.outlet in :outlets)
              and (lower(a.title) like :pattern escape '\\' or lower(a.body) like :pattern escape '\\')
            order by a.published desc nulls last, a.title, a.id""")
    List<ArticleSummary> findSummaries(@Param("pattern") String pattern, @Param("anyOutlet") boolean anyOutlet,
            @Param("outlets") Collection<String> outlets);

    @Query("""
            select new com.crosscheck.corpus.ArticleListItem(a.id, a.title, a.outlet, a.url, a.published, a.wordCount)
            from ArticleEntity a order by a.id""")
    List<com.crosscheck.corpus.ArticleListItem> findListItems();

    @Query("select distinct a.outlet from ArticleEntity a where a.outlet is not null order by a.outlet")
    List<String> findOutlets();
}
