package com.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static com.crosscheck.claims.Extracted.claims;
import static com.crosscheck.claims.Extracted.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Who states a figure, which section of the page it is in and the time it refers to, one behaviour each. */
class ContextRulesTest {

    @Test
    void an_attribution_names_the_source() {
        assertThat(only("At least 89 people died, according to the Health Ministry.").source()).isEqualTo("Health Ministry");
    }

    @Test
    void a_speaker_after_the_speech_verb_is_the_source() {
        assertThat(only("Some 40 people were hurt, said the Red Crescent in a statement.").source()).isEqualTo("Red Crescent");
    }

    @Test
    void a_speaker_before_the_speech_verb_is_the_source() {
        assertThat(only("Police officials said 12 people were arrested.").source()).isEqualTo("Police officials");
    }

    @Test
    void a_speech_verb_in_capitals_alone_names_no_source() {
        assertThat(only("SAID: 12 people were arrested.").source()).isNull();
    }

    @Test
    void a_pronoun_is_not_a_source() {
        assertThat(only("He said 12 people were arrested.").source()).isNull();
    }

    @Test
    void the_outlet_speaking_itself_has_no_source() {
        assertThat(only("The storm destroyed 300 homes.").source()).isNull();
    }

    @Test
    void a_credit_line_is_a_caption() {
        String text = "The storm destroyed 300 homes.\n\nRescuers search 12 houses. REUTERS/Jane Doe\n";
        assertThat(claims(text)).extracting(Claim::text, Claim::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("300", Section.BODY),
                        org.assertj.core.groups.Tuple.tuple("12", Section.CAPTION));
    }

    @Test
    void a_photo_label_at_the_start_of_a_line_is_a_caption() {
        String text = "The storm destroyed 300 homes.\n\nPhoto: 12 houses under water\n";
        assertThat(claims(text)).extracting(Claim::section).containsExactly(Section.BODY, Section.CAPTION);
    }

    @Test
    void a_weekday_is_resolved_against_the_publication_date() {
        assertThat(only("The storm destroyed 300 homes on Monday.").time()).isEqualTo("2024-10-21");
    }

    @Test
    void yesterday_is_the_day_before_publication() {
        assertThat(only("Yesterday the storm destroyed 300 homes.").time()).isEqualTo("2024-10-21");
    }

    @Test
    void a_weekday_inside_a_word_is_no_time() {
        assertThat(only("The storm destroyed 300 homes in Mondayville.").time()).isNull();
    }

    @Test
    void a_date_after_since_and_a_beginning_starts_a_period() {
        Claim wounded = claims("Some 102,561 people have been wounded since the war began in October 2023.").getFirst();
        assertThat(wounded.time()).isEqualTo("since 2023-10");
    }

    @Test
    void contrasted_clauses_keep_their_own_sources() {
        java.util.List<Claim> claims = claims("The storm killed 61 people, according to the regional governor, while the Emergency Ministry put the toll at 75.");
        assertThat(claims).extracting(Claim::source).containsExactly("regional governor", "Emergency Ministry");
    }
}
