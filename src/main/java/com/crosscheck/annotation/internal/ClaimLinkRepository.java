package com.crosscheck.annotation.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Analysts' pair decisions; used only by the annotation services. */
public interface ClaimLinkRepository extends JpaRepository<ClaimLinkEntity, Long> {

    Optional<ClaimLinkEntity> findByFirstIdAndSecondId(long firstId, long secondId);

    @Query("select l from ClaimLinkEntity l where l.firstId in :ids and l.secondId in :ids")
    List<ClaimLinkEntity> findAmong(@Param("ids") Collection<Long> annotationIds);
}
