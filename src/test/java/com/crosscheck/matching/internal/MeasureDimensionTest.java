package com.crosscheck.matching.internal;

import org.junit.jupiter.api.Test;

import static com.crosscheck.matching.internal.Compared.features;
import static org.assertj.core.api.Assertions.assertThat;

/** What a measure measures comes from its unit and the nearest telling word, not from its head words. */
class MeasureDimensionTest {

    private static final String QUAKE = "The quake struck at a depth of just 10 kilometres (6.2 miles), 55 kilometres south of Bireun.";

    @Test
    void the_nearest_telling_word_tells_a_depth_from_a_distance() {
        assertThat(features(QUAKE, "10 kilometres").dimension()).isEqualTo(MeasureDimension.DEPTH);
        assertThat(features(QUAKE, "55 kilometres").dimension()).isEqualTo(MeasureDimension.DISTANCE);
    }

    @Test
    void a_conversion_in_brackets_measures_what_the_figure_before_it_measures() {
        assertThat(features(QUAKE, "6.2 miles").dimension()).isEqualTo(MeasureDimension.DEPTH);
    }

    @Test
    void miles_an_hour_are_a_speed() {
        assertThat(features("Police chased him at speeds of up to 120 miles an hour.", "120 miles").dimension())
                .isEqualTo(MeasureDimension.SPEED);
    }

    @Test
    void a_bare_figure_after_the_word_magnitude_is_a_magnitude() {
        assertThat(features("The survey said it had a magnitude of 5.9.", "5.9").dimension())
                .isEqualTo(MeasureDimension.MAGNITUDE);
    }

    @Test
    void a_length_without_telling_words_is_a_distance() {
        assertThat(features("Deputies chased him for 30 miles before he stopped.", "30 miles").dimension())
                .isEqualTo(MeasureDimension.DISTANCE);
    }

    @Test
    void the_place_a_distance_is_measured_from_is_read_after_it() {
        assertThat(features("The epicenter was 34 miles west of the town of Bireun.", "34 miles").reference())
                .containsExactly("bireun");
    }

    @Test
    void spellings_one_letter_apart_name_one_reference_place() {
        assertThat(MeasureDimension.sameReference(java.util.Set.of("bireun"), java.util.Set.of("bireuen"))).isTrue();
        assertThat(MeasureDimension.sameReference(java.util.Set.of("bireun"), java.util.Set.of("reuleuet"))).isFalse();
    }

    @Test
    void a_figure_after_a_name_and_a_comma_is_an_age() {
        assertThat(features("Police charged Alan Steinberg, 48, of Macomb County.", "48").dimension())
                .isEqualTo(MeasureDimension.AGE);
    }
}
