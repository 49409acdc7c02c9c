package com.crosscheck.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Single words to their base forms, by the analyser's own rules. */
class LemmasTest {

    @Test
    void nouns_take_their_singular_regular_or_not() {
        assertThat(Lemmas.noun("Villages")).isEqualTo("village");
        assertThat(Lemmas.noun("casualties")).isEqualTo("casualty");
        assertThat(Lemmas.noun("children")).isEqualTo("child");
        assertThat(Lemmas.noun("bosses")).isEqualTo("boss");
    }

    @Test
    void verb_forms_of_unknown_words_take_their_base() {
        assertThat(Lemmas.word("killing")).isEqualTo("kill");
        assertThat(Lemmas.word("injured")).isEqualTo("injure");
        assertThat(Lemmas.word("trips")).isEqualTo("trip");
    }
}
