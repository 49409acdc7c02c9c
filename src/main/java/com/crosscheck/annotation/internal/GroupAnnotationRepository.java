package com.crosscheck.annotation.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** Group notes; used only by the annotation services. */
public interface GroupAnnotationRepository extends JpaRepository<GroupAnnotationEntity, Long> {

    @Query("select distinct g from GroupAnnotationEntity g join g.members m where m in :annotationIds")
    List<GroupAnnotationEntity> findTouching(@Param("annotationIds") Collection<Long> annotationIds);
}
