package com.crosscheck.annotation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Claim annotations; used only by the annotation services. */
public interface ClaimAnnotationRepository extends JpaRepository<ClaimAnnotationEntity, Long> {

    Optional<ClaimAnnotationEntity> findByClaimId(long claimId);

    List<ClaimAnnotationEntity> findByClaimIdIn(Collection<Long> claimIds);

    List<ClaimAnnotationEntity> findByArticleIdOrderByStartOffset(long articleId);

    List<ClaimAnnotationEntity> findByArticleIdInAndClaimIdIsNullOrderByArticleIdAscStartOffsetAsc(Collection<Long> articleIds);
}
