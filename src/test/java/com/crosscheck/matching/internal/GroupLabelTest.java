package com.crosscheck.matching.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.matching.internal.Compared.claim;
import static com.crosscheck.matching.internal.Compared.features;
import static org.assertj.core.api.Assertions.assertThat;

/** A group's label says what it measures, from its claims' subject phrases and scopes. */
class GroupLabelTest {

    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 8);

    private static String label(ClaimFeatures... members) {
        return GroupLabel.of(List.of(members));
    }

    @Test
    void trips_are_labelled_with_whose_they_are_where_they_go_and_since_when() {
        var fifth = features(claim("a1", "A", FEBRUARY,
                "U.S. Secretary of State Antony Blinken concluded his fifth trip to the Middle East on Thursday.", "fifth"));
        var four = features(claim("a1", "A", FEBRUARY,
                "Blinken's optimism is based on his previous four trips to the region since October 7.", "four"));
        assertThat(label(fifth, four)).isEqualTo("Blinken's trips to the Middle East since 7 Oct 2023");
    }

    @Test
    void a_casualty_group_is_labelled_by_who_was_hit_and_where() {
        var a = features(claim("A", "The quake killed six children in Aceh on Tuesday.", "six"));
        var b = features(claim("B", "Six children were killed in Aceh when a mosque collapsed.", "Six"));
        assertThat(label(a, b)).isEqualTo("Children killed in Aceh");
    }

    @Test
    void people_in_general_are_labelled_people() {
        var a = features(claim("A", "The quake killed 24 people on Tuesday.", "24"));
        var b = features(claim("B", "At least 24 people died in the quake.", "24"));
        assertThat(label(a, b)).isEqualTo("People killed");
    }

    @Test
    void a_distance_is_labelled_with_the_place_it_is_measured_from() {
        var a = features(claim("A", "The epicenter was 55 kilometres south of the town of Bireun.", "55 kilometres"));
        assertThat(label(a)).isEqualTo("Distance from the town of Bireun");
    }

    @Test
    void an_age_is_labelled_with_the_person() {
        var a = features(claim("A", "Police said they had located Anthony LaCalamita, 38, on the highway.", "38"));
        var b = features(claim("B", "The suspect, 38-year-old Anthony LaCalamita, was arrested.", "38-year-old"));
        assertThat(label(a, b)).isEqualTo("Age of Anthony LaCalamita");
    }

    @Test
    void a_figure_of_an_earlier_event_gets_its_year() {
        var a = features(claim("A", "In 2004, a magnitude-9.1 earthquake off Aceh triggered a tsunami that killed 230,000 people.", "230,000"));
        assertThat(label(a)).isEqualTo("People killed in Aceh in 2004");
    }

    @Test
    void a_counted_unit_of_a_thing_and_a_proposal_are_named() {
        var a = features(claim("A", "Hamas sent a counter-proposal outlining a three-phase plan to end the war.", "three-phase"));
        assertThat(label(a)).isEqualTo("Phases of the plan (proposal)");
    }
}
