package com.crosscheck.claims.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Extraction records; used only by the claims services. */
public interface ClaimExtractionRepository extends JpaRepository<ClaimExtractionEntity, Long> {

    /** Stored articles with no claims yet or claims from another extractor version. */
    @Query(value = """
            select a.id from article a left join claim_extraction e on e.article_id = a.id
            where e.article_id is null or e.extractor_version <> :version order by a.id""", nativeQuery = true)
    List<Long> findArticlesNotAtVersion(@Param("version") int version);
}
