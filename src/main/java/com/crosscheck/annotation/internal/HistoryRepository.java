package com.crosscheck.annotation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Annotation history; used only by the annotation services. */
public interface HistoryRepository extends JpaRepository<HistoryEntity, Long> {

    List<HistoryEntity> findByClaimAnnotationIdOrderByChangedAtDescIdDesc(long claimAnnotationId);

    List<HistoryEntity> findByGroupAnnotationIdOrderByChangedAtDescIdDesc(long groupAnnotationId);
}
