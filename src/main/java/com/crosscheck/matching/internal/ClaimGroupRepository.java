package com.crosscheck.matching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Stored claim groups; used only by the matching service. */
public interface ClaimGroupRepository extends JpaRepository<ClaimGroupEntity, Long> {

    List<ClaimGroupEntity> findByComparisonIdOrderByPosition(long comparisonId);
}
