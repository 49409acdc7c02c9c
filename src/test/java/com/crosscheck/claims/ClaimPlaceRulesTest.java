package com.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static com.crosscheck.claims.Extracted.claims;
import static org.assertj.core.api.Assertions.assertThat;

/** The place of a claim is a gazetteer name or a demonym, never a demonym that is part of a name. */
class ClaimPlaceRulesTest {

    @Test
    void a_demonym_that_may_begin_a_name_is_no_place() {
        assertThat(claims("In 2004 a tsunami killed 170,000 people in the province and tens of thousands more in"
                + " countries around the Indian Ocean.")).extracting(Claim::place).doesNotContain("India");
    }

    @Test
    void a_named_place_in_the_figure_s_phrase_is_its_place() {
        assertThat(claims("The quake killed 24 people in Aceh on Tuesday.").getFirst().place()).isEqualTo("Aceh");
    }
}
