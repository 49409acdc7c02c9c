package com.crosscheck.matching;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleFilter;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.ArticleSummary;
import com.crosscheck.corpus.CorpusService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups are computed for any set of stored articles, stored, and computed again when claims change. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:matching-service-test;DB_CLOSE_DELAY=-1")
class MatchingServiceTest {

    @Autowired
    MatchingService matching;

    @Autowired
    CorpusService corpus;

    @Autowired
    ClaimService claims;

    private List<ArticleId> seeds() {
        return corpus.findSummaries(ArticleFilter.ALL).stream().map(ArticleSummary::id).toList();
    }

    private Map<String, String> textsById() {
        return claims.claimsOf(seeds()).stream()
                .collect(Collectors.toMap(c -> c.id().toString(), c -> c.claim().text()));
    }

    @Test
    void the_seed_comparison_holds_the_trip_sequence_and_the_plan_agreement() {
        List<ClaimGroup> groups = matching.groupsFor(seeds());
        Map<String, String> texts = textsById();

        ClaimGroup trips = groups.stream().filter(g -> g.kind() == ClaimKind.TRIP).findFirst().orElseThrow();
        assertThat(trips.claims()).extracting(texts::get).containsExactlyInAnyOrder("fifth", "four", "11th");
        assertThat(trips.verdict()).isEqualTo(Verdict.EVOLVING);
        ClaimGroup plan = groups.stream().filter(g -> g.claims().stream().map(texts::get).allMatch("three-phase"::equals))
                .findFirst().orElseThrow();
        assertThat(plan.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(plan.evidence()).isNotEmpty();
    }

    @Test
    void groups_are_stored_and_returned_again_until_claims_change() {
        List<ClaimGroup> first = matching.groupsFor(seeds());
        List<ClaimGroup> second = matching.groupsFor(seeds().reversed());

        assertThat(second).extracting(ClaimGroup::id).containsExactlyElementsOf(first.stream().map(ClaimGroup::id).toList());

        ArticleId newsmax = corpus.findSummaries(new ArticleFilter("", java.util.Set.of("Newsmax"))).getFirst().id();
        claims.extract(newsmax);
        List<ClaimGroup> third = matching.groupsFor(seeds());

        assertThat(third).extracting(ClaimGroup::id).doesNotContainAnyElementsOf(first.stream().map(ClaimGroup::id).toList());
        assertThat(third).extracting(ClaimGroup::label).containsExactlyElementsOf(first.stream().map(ClaimGroup::label).toList());
        List<StoredClaim> stored = claims.claimsOf(List.of(newsmax));
        assertThat(third.stream().flatMap(g -> g.claims().stream()))
                .anyMatch(id -> stored.stream().anyMatch(c -> c.id().toString().equals(id)));
    }
}
