package com.crosscheck.matching.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

/** Stored comparisons; used only by the matching service. */
public interface ComparisonRepository extends JpaRepository<ComparisonEntity, Long> {

    Optional<ComparisonEntity> findByArticleKey(String articleKey);

    /** Drops every comparison that includes the article (its groups go with it). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from comparison where id in (select comparison_id from comparison_article where article_id = :article)",
            nativeQuery = true)
    int deleteIncluding(@Param("article") long articleId);
}
