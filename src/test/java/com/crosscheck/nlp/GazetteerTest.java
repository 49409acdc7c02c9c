package com.crosscheck.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Places are compared by containment, under one name per place. */
class GazetteerTest {

    @Test
    void a_province_overlaps_its_island_and_its_country() {
        assertThat(Gazetteer.overlap("Aceh", "Sumatra")).isTrue();
        assertThat(Gazetteer.overlap("Indonesia", "Aceh")).isTrue();
    }

    @Test
    void places_side_by_side_do_not_overlap() {
        assertThat(Gazetteer.overlap("Gaza", "Lebanon")).isFalse();
        assertThat(Gazetteer.overlap("Gaza", "Israel")).isFalse();
        assertThat(Gazetteer.overlap("Aceh", "Java")).isFalse();
    }

    @Test
    void the_names_of_one_country_are_one_place() {
        assertThat(Gazetteer.canonical("U.S.")).isEqualTo("United States");
        assertThat(Gazetteer.overlap("US", "USA")).isTrue();
    }

    @Test
    void a_region_spanning_countries_overlaps_any_of_them() {
        assertThat(Gazetteer.overlap("Gulf", "Iran")).isTrue();
    }
}
