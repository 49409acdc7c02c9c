package com.crosscheck.claims.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** Claim rows; used only by the claims services. */
public interface ClaimRepository extends JpaRepository<ClaimEntity, Long> {

    List<ClaimEntity> findByArticleIdOrderByStartOffset(long articleId);

    List<ClaimEntity> findByArticleIdInOrderByArticleIdAscStartOffsetAsc(Collection<Long> articleIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ClaimEntity c where c.articleId = :articleId and c.author is null")
    void deleteExtractedByArticleId(@Param("articleId") long articleId);

    @Query("select c from ClaimEntity c where c.articleId = :articleId and c.author is not null order by c.startOffset")
    List<ClaimEntity> findAnalystClaims(@Param("articleId") long articleId);
}
