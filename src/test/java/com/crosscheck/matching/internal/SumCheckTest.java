package com.crosscheck.matching.internal;

import com.crosscheck.claims.ClaimKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.crosscheck.matching.internal.Compared.claim;
import static com.crosscheck.matching.internal.Compared.features;
import static org.assertj.core.api.Assertions.assertThat;

/** Parts named together in one sentence are weighed against the group that states their total. */
class SumCheckTest {

    private static final String PARTS = "Israeli strikes on the border town killed 12 soldiers and 3 civilians on Tuesday, officials said.";

    private static List<ClaimFeatures> claimsOf(String text) {
        var extracted = new java.util.ArrayList<ClaimFeatures>();
        int from = 0;
        for (var c : com.crosscheck.claims.ClaimExtractor.standard().extract(text, Compared.DAY)) {
            extracted.add(features(claim("p", "Outlet P", Compared.DAY, text, c.text(), from)));
            from = c.span().end();
        }
        return extracted;
    }

    private static String checked(String totalA, String totalB, String figure, String parts) {
        var a = features(claim("A", totalA, figure));
        var b = features(claim("B", totalB, figure));
        List<ClaimFeatures> partClaims = claimsOf(parts);
        var all = new java.util.ArrayList<>(partClaims);
        all.add(a);
        all.add(b);
        var check = new SumCheck(all, Compared.wordsOf(all.toArray(ClaimFeatures[]::new)));
        return check.check(List.of(a, b));
    }

    @Test
    void figures_named_together_in_one_sentence_are_parts_of_one_whole() {
        List<PartSet> sets = PartSet.find(claimsOf(PARTS));
        assertThat(sets).singleElement().satisfies(set -> {
            assertThat(set.claims()).hasSize(2);
            assertThat(set.totalKind()).isEqualTo(ClaimKind.KILLED);
        });
    }

    @Test
    void figures_of_different_things_are_not_parts_of_one_whole() {
        assertThat(PartSet.find(claimsOf("Two helicopters and three trucks reached the village on Monday."))).isEmpty();
    }

    @Test
    void the_killed_and_the_injured_are_parts_of_the_people_hit() {
        List<PartSet> sets = PartSet.find(claimsOf("A man shot to death one person and injured two others on Monday."));
        assertThat(sets).singleElement().extracting(PartSet::totalKind).isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void parts_that_add_up_are_reported_with_the_total() {
        String report = checked("Israeli strikes on the border town killed 15 people on Tuesday.",
                "The strikes on the border town killed 15 people, officials said.", "15", PARTS);
        assertThat(report).isEqualTo("parts: 12 soldiers + 3 civilians = 15 (Outlet P citing officials, 2 Jul 2013), which adds up to the total");
    }

    @Test
    void parts_that_do_not_add_up_are_reported_with_the_totals_they_miss() {
        String report = checked("Israeli strikes on the border town killed 17 people on Tuesday.",
                "The strikes on the border town killed 17 people, officials said.", "17", PARTS);
        assertThat(report).endsWith("which does not add up to the total (17)");
    }

    @Test
    void parts_of_another_event_are_not_weighed_against_the_total() {
        String report = checked("Israeli strikes on the border town killed 15 people on Tuesday.",
                "The strikes on the border town killed 15 people, officials said.", "15",
                "In 2006, Israeli strikes on the border town killed 12 soldiers and 3 civilians.");
        assertThat(report).isNull();
    }

    @Test
    void a_figure_smaller_than_a_part_is_not_its_total() {
        String report = checked("Israeli strikes on the border town killed 10 people on Tuesday.",
                "The strikes on the border town killed 10 people, officials said.", "10", PARTS);
        assertThat(report).isNull();
    }
}
