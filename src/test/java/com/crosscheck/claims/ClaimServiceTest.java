package com.crosscheck.claims;

import com.crosscheck.claims.internal.ClaimExtractionEntity;
import com.crosscheck.claims.internal.ClaimExtractionRepository;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims are extracted on import, stored with their article, and extracted again when the extractor changes. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:claims-service-test;DB_CLOSE_DELAY=-1")
class ClaimServiceTest {

    @Autowired
    ClaimService claims;

    @Autowired
    CorpusService corpus;

    @Autowired
    ClaimExtractionRepository extractions;

    private ArticleId articleOf(String outlet) {
        return corpus.findSummaries(new ArticleFilter("", java.util.Set.of(outlet))).stream()
                .map(ArticleSummary::id).findFirst().orElseThrow();
    }

    @Test
    void the_bundled_articles_have_their_claims_after_start() {
        List<StoredClaim> newsmax = claims.claimsOf(articleOf("Newsmax"));

        assertThat(newsmax).extracting(c -> c.claim().text()).contains("1.200", "11th", "weeklong");
        Claim citizens = newsmax.stream().map(StoredClaim::claim).filter(c -> c.text().equals("1.200")).findFirst().orElseThrow();
        assertThat(citizens.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(citizens.quantity().low()).isEqualTo(1_200);
        assertThat(citizens.quantity().high()).isNull();
        assertThat(citizens.subject()).isEqualTo("Israeli citizens killed");
        assertThat(citizens.time()).isEqualTo("2023-10-07");
        assertThat(claims.articlesNeedingExtraction()).isEmpty();
    }

    @Test
    void claims_in_a_trailing_related_block_keep_their_section() {
        List<StoredClaim> gzero = claims.claimsOf(articleOf("GZERO Media"));

        assertThat(gzero).filteredOn(c -> c.claim().text().equals("1,700"))
                .singleElement().satisfies(c -> assertThat(c.claim().section()).isEqualTo(Section.RELATED));
        assertThat(gzero).filteredOn(c -> c.claim().text().equals("23,000"))
                .singleElement().satisfies(c -> assertThat(c.claim().section()).isEqualTo(Section.BODY));
    }

    @Test
    void an_imported_article_gets_its_claims_at_once() {
        ArticleId id = corpus.importArticle(new ArticleDraft("ferry.txt", "Ferry sinks", "Test Wire", null,
                LocalDate.of(2024, 3, 1), Map.of(), "At least 17 passengers drowned when the ferry sank on Friday."))
                .articleId();

        assertThat(claims.claimsOf(id)).singleElement().satisfies(c -> {
            assertThat(c.claim().kind()).isEqualTo(ClaimKind.KILLED);
            assertThat(c.claim().time()).isEqualTo("2024-03-01");
        });
    }

    @Test
    void claims_made_by_an_older_extractor_are_extracted_again() {
        ArticleId id = articleOf("The Judean");
        int before = claims.claimsOf(id).size();
        extractions.save(new ClaimExtractionEntity(id.value(), ClaimExtractor.VERSION - 1, Instant.EPOCH));

        assertThat(claims.articlesNeedingExtraction()).containsExactly(id);
        claims.extract(id);

        assertThat(claims.articlesNeedingExtraction()).isEmpty();
        assertThat(claims.claimsOf(id)).hasSize(before);
    }
}
