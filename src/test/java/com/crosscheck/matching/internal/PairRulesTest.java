package com.crosscheck.matching.internal;

import com.crosscheck.matching.ComparedClaim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.crosscheck.matching.internal.Compared.claim;
import static com.crosscheck.matching.internal.Compared.features;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule that keeps two claims apart, and the cases it must let through. */
class PairRulesTest {

    private static PairRules.Decision compare(ComparedClaim a, ComparedClaim b) {
        return PairRules.compare(features(a), features(b));
    }

    @Test
    void figures_orders_of_magnitude_apart_are_not_one_toll() {
        var toll = claim("A", "The quake killed at least 24 people on Tuesday.", "24");
        var tsunami = claim("B", "The tsunami killed 230,000 people around the Indian Ocean.", "230,000");
        assertThat(compare(toll, tsunami).apartBecause()).startsWith("figures too far apart");
    }

    @Test
    void an_open_ended_figure_is_weighed_by_the_figure_it_states() {
        var early = claim("A", "The quake killed at least three people on Tuesday.", "three");
        var background = claim("B", "The tsunami killed 230,000 people around the Indian Ocean.", "230,000");
        assertThat(compare(early, background).compatible()).isFalse();
    }

    @Test
    void a_growing_toll_may_grow_tenfold() {
        var early = claim("A", "The quake killed at least three people on Tuesday.", "three");
        var later = claim("B", "The quake killed 24 people on Tuesday.", "24");
        assertThat(compare(early, later).compatible()).isTrue();
    }

    @Test
    void a_year_opening_the_clause_dates_the_event_of_the_figure() {
        var background = claim("a1", "A", LocalDate.of(2013, 7, 2),
                "In September 2009 a major earthquake near Padang killed more than 1,000 people.", "1,000");
        var toll = claim("a2", "B", LocalDate.of(2013, 7, 2), "The quake killed more than 1,000 people.", "1,000");
        assertThat(compare(background, toll).apartBecause()).startsWith("different events");
    }

    @Test
    void a_figure_and_its_conversion_in_one_article_are_one_value() {
        String text = "The quake struck at a depth of 10 kilometers (6 miles) on Tuesday.";
        var km = claim("a1", "A", Compared.DAY, text, "10 kilometers");
        var miles = claim("a1", "A", Compared.DAY, text, "6 miles");
        assertThat(compare(km, miles).compatible()).isTrue();
    }

    @Test
    void distances_from_different_places_are_apart() {
        var bireun = claim("A", "The epicenter was 55 kilometres south of Bireun.", "55 kilometres");
        var reuleuet = claim("B", "The epicenter was 55 kilometres southeast of Reuleuet.", "55 kilometres");
        assertThat(compare(bireun, reuleuet).apartBecause()).startsWith("distances from different places");
    }

    @Test
    void casualty_figures_in_places_inside_one_another_may_be_one_toll() {
        var province = claim("A", "The quake killed 24 people in Aceh.", "24");
        var island = claim("B", "The quake killed 24 people in Sumatra.", "24");
        assertThat(compare(province, island).compatible()).isTrue();
    }

    @Test
    void casualty_figures_in_places_side_by_side_are_apart() {
        var gaza = claim("A", "Strikes killed 40 people in Gaza on Tuesday.", "40");
        var lebanon = claim("B", "Strikes killed 40 people in Lebanon on Tuesday.", "40");
        assertThat(compare(gaza, lebanon).apartBecause()).contains("Gaza", "Lebanon");
    }

    @Test
    void two_sources_readings_of_one_measure_in_one_article_may_be_one_quantity() {
        String text = "Iran's seismological centre put the quake's magnitude at 5.9, but the U.S. survey said it had a magnitude of 6.1.";
        var iran = claim("a1", "A", Compared.DAY, text, "5.9");
        var us = claim("a1", "A", Compared.DAY, text, "6.1");
        assertThat(compare(iran, us).compatible()).isTrue();
    }

    @Test
    void two_ages_in_one_article_are_two_people() {
        String text = "A woman and two men, ages 47 and 48, were shot, the police said.";
        var first = claim("a1", "A", Compared.DAY, text, "47");
        var second = claim("a1", "A", Compared.DAY, text, "48");
        assertThat(compare(first, second).compatible()).isFalse();
    }

    @Test
    void a_figure_of_what_can_happen_is_apart_from_one_of_what_happened() {
        var generic = claim("A", "A magnitude 6 quake can cause severe damage.", "magnitude 6");
        var event = claim("B", "A magnitude 6 quake struck the island on Sunday.", "magnitude 6");
        assertThat(compare(generic, event).apartBecause()).isEqualTo("one figure is what can happen, the other what happened");
    }

    @Test
    void an_open_figure_in_one_article_is_not_a_multiple_of_another() {
        String text = "The ministry says 43,391 people have been killed. Israel says it has killed more than 17,000 militants.";
        var toll = claim("one", "Wire", Compared.DAY, text, "43,391");
        var militants = claim("one", "Wire", Compared.DAY, text, "17,000");
        assertThat(compare(toll, militants).apartBecause()).isEqualTo("two different figures in one article");
        String repeated = "More than 200 people were injured. \"We have counted 249 injured,\" the agency said.";
        var lead = claim("two", "Wire", Compared.DAY, repeated, "200");
        var quote = claim("two", "Wire", Compared.DAY, repeated, "249");
        assertThat(compare(lead, quote).apartBecause()).isNull();
    }

    @Test
    void two_sources_figures_set_side_by_side_in_one_article_are_one_quantity() {
        String text = "The storm killed 61 people, according to the regional governor, while the Emergency Ministry put the toll at 75.";
        var governor = claim("three", "Wire", Compared.DAY, text, "61");
        var ministry = claim("three", "Wire", Compared.DAY, text, "75");
        assertThat(compare(governor, ministry).apartBecause()).isNull();
    }

    @Test
    void the_seriously_injured_are_apart_from_all_the_injured() {
        var serious = claim("A", "There are around 30 people seriously injured, the doctor said.", "30");
        var all = claim("B", "The quake injured around 30 people, officials said.", "30");
        assertThat(compare(serious, all).apartBecause()).isEqualTo("one counts the seriously hurt, the other all of them");
    }

    @Test
    void magnitudes_a_point_apart_are_two_quakes() {
        var main = claim("A", "A 6.1-magnitude earthquake struck Aceh on Tuesday.", "6.1-magnitude");
        var aftershock = claim("B", "A 5.0-magnitude aftershock struck Aceh on Tuesday.", "5.0-magnitude");
        assertThat(compare(main, aftershock).apartBecause()).isEqualTo("magnitudes of different quakes");
    }

    @Test
    void readings_of_one_quake_a_few_tenths_apart_may_be_one_magnitude() {
        var iran = claim("A", "A 5.9-magnitude earthquake struck Qeshm island on Sunday.", "5.9-magnitude");
        var us = claim("B", "A 6.1-magnitude earthquake struck Qeshm island on Sunday.", "6.1-magnitude");
        assertThat(compare(iran, us).compatible()).isTrue();
    }

    @Test
    void a_distance_bound_is_far_only_from_figures_it_excludes() {
        var bound = claim("A", "The camp lies less than 50 km from the border.", "50 km");
        var figure = claim("B", "The camp lies 10 miles south of the border.", "10 miles");
        assertThat(compare(bound, figure).compatible()).isTrue();
    }
}
