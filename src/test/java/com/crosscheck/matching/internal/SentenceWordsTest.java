package com.crosscheck.matching.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The lexical evidence of a claim: its sentence's content words, weighted by how rare they are. */
class SentenceWordsTest {

    @Test
    void function_words_numbers_and_number_words_are_not_content() {
        assertThat(SentenceWords.of("Five people were killed in 2013 at the mosque, a three-phase plan."))
                .containsExactlyInAnyOrder("kill", "mosque", "plan");
    }

    @Test
    void a_word_every_sentence_has_weighs_nothing() {
        var words = new SentenceWords(List.of(Set.of("quake", "mosque"), Set.of("quake", "clinic")));
        assertThat(words.weight("quake")).isZero();
        assertThat(words.weight("mosque")).isPositive();
    }

    @Test
    void sentences_sharing_rare_words_are_more_alike_than_sentences_sharing_common_ones() {
        Set<String> clinic1 = Set.of("quake", "receive", "injury", "wall", "collapse");
        Set<String> clinic2 = Set.of("quake", "receive", "injury", "wall", "house");
        Set<String> toll = Set.of("quake", "province", "injure", "tuesday");
        var words = new SentenceWords(List.of(clinic1, clinic2, toll, Set.of("quake", "province")));
        assertThat(words.similarity(clinic1, clinic2)).isGreaterThan(words.similarity(clinic1, toll));
    }
}
