package com.crosscheck.matching.internal;

import org.junit.jupiter.api.Test;

import com.crosscheck.matching.MatchingDecisions;
import java.util.List;

import static com.crosscheck.matching.internal.Compared.claim;
import static com.crosscheck.matching.internal.Compared.features;
import static org.assertj.core.api.Assertions.assertThat;

/** Compatible claims are grouped by their evidence; a rule that keeps two claims apart always wins. */
class ClaimClustererTest {

    private static List<List<String>> groups(ClaimFeatures... claims) {
        var clusterer = new ClaimClusterer(new PairScore(Compared.wordsOf(claims)), MatchingDecisions.none());
        return clusterer.cluster(List.of(claims)).stream()
                .map(c -> c.members().stream().map(m -> m.compared().outlet()).toList()).toList();
    }

    private static final String LEAD = "A strong earthquake hit Aceh province on Tuesday, flattening houses and mosques in the"
            + " mountainous district. Rescue teams searched the rubble of collapsed buildings through the night while aid"
            + " agencies sent tents, blankets and food to the villages worst hit by the tremor and its aftershocks. Many"
            + " families spent the night outside. ";

    @Test
    void a_quoted_count_copied_by_outlets_stays_apart_from_the_overall_toll_of_the_same_value() {
        var clinicA = features(claim("A", LEAD + "\"We have received around 50 people with injuries when the walls of their houses collapsed,\" the doctor said.", "50"));
        var clinicB = features(claim("B", LEAD + "\"We have received around 50 people with injuries when the walls of their houses collapsed,\" said the doctor.", "50"));
        var tollC = features(claim("C", "The quake struck Aceh province on Tuesday, injuring at least 50 people.", "50"));
        var tollD = features(claim("D", "At least 50 people were injured after the quake hit Aceh province on Tuesday.", "50"));
        assertThat(groups(clinicA, tollC, clinicB, tollD)).containsExactlyInAnyOrder(List.of("A", "B"), List.of("C", "D"));
    }

    @Test
    void a_large_block_is_grouped_by_the_same_evidence_on_candidate_groups() {
        var clinicA = features(claim("A", LEAD + "\"We have received around 50 people with injuries when the walls of their houses collapsed,\" the doctor said.", "50"));
        var clinicB = features(claim("B", LEAD + "\"We have received around 50 people with injuries when the walls of their houses collapsed,\" said the doctor.", "50"));
        var tollC = features(claim("C", "The quake struck Aceh province on Tuesday, injuring at least 50 people.", "50"));
        var clusters = new IncrementalClusterer(new PairScore(Compared.wordsOf(clinicA, tollC, clinicB)), PairRules::compatible)
                .cluster(List.of(clinicA, tollC, clinicB));
        assertThat(clusters).extracting(c -> c.members().size()).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void reports_of_a_growing_toll_in_the_opening_lines_are_one_quantity() {
        var early = features(claim("A", "A strong quake hit Aceh on Tuesday, killing at least three people.", "three"));
        var later = features(claim("B", "Rescuers searched the rubble after the quake in Aceh that killed 24 people.", "24"));
        assertThat(groups(early, later)).containsExactly(List.of("A", "B"));
    }

    @Test
    void an_article_repeating_a_figure_in_a_quote_is_weighed_by_its_best_mention() {
        var early = features(claim("a1", "A", Compared.DAY, "A strong quake hit Aceh on Tuesday, killing at least three people.", "three"));
        String text = LEAD.replace("A strong earthquake hit Aceh province on Tuesday,",
                "A strong earthquake killed 24 people in Aceh province on Tuesday,") + "\"We have recorded 24 dead,\" he said.";
        var lead = features(claim("a2", "B", Compared.DAY, text, "24"));
        var quote = features(claim("a2", "B", Compared.DAY, text, "24", 100));
        assertThat(groups(early, lead, quote)).hasSize(1);
    }

    @Test
    void a_rule_keeps_claims_apart_whatever_their_words_share() {
        var gaza = features(claim("A", "Israeli strikes killed 40 people in Gaza on Tuesday, officials said.", "40"));
        var lebanon = features(claim("B", "Israeli strikes killed 40 people in Lebanon on Tuesday, officials said.", "40"));
        assertThat(groups(gaza, lebanon)).hasSize(2);
    }

    @Test
    void every_claim_after_the_first_keeps_the_evidence_it_joined_on() {
        var a = features(claim("A", "The quake killed 24 people in Aceh on Tuesday.", "24"));
        var b = features(claim("B", "The quake killed 24 people in Aceh, officials said.", "24"));
        var cluster = new ClaimClusterer(new PairScore(Compared.wordsOf(a, b)), MatchingDecisions.none()).cluster(List.of(a, b)).getFirst();
        assertThat(cluster.evidence()).singleElement().asString()
                .contains("same kind (killed)", "same value", "sentences share");
    }
}
