package com.crosscheck.claims;

import org.junit.jupiter.api.Test;

import static com.crosscheck.claims.Extracted.claims;
import static com.crosscheck.claims.Extracted.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Qualifiers before a number and the bounds they set, one behaviour each. */
class QualifierRulesTest {

    @Test
    void a_bare_number_is_exact() {
        Quantity q = only("The blast killed 89 people.").quantity();
        assertThat(q.low()).isEqualTo(89);
        assertThat(q.high()).isEqualTo(89);
    }

    @Test
    void at_least_sets_only_an_inclusive_lower_bound() {
        Claim claim = only("The blast killed at least 89 people.");
        assertThat(claim.quantity().low()).isEqualTo(89);
        assertThat(claim.quantity().lowInclusive()).isTrue();
        assertThat(claim.quantity().high()).isNull();
        assertThat(claim.qualifier()).isEqualTo("at least");
    }

    @Test
    void more_than_sets_an_exclusive_lower_bound() {
        Quantity q = only("More than 1,000 people were injured.").quantity();
        assertThat(q.low()).isEqualTo(1_000);
        assertThat(q.lowInclusive()).isFalse();
        assertThat(q.high()).isNull();
    }

    @Test
    void surpassed_sets_an_exclusive_lower_bound() {
        Quantity q = only("The death toll has surpassed 23,000.").quantity();
        assertThat(q.low()).isEqualTo(23_000);
        assertThat(q.lowInclusive()).isFalse();
    }

    @Test
    void up_to_sets_an_inclusive_upper_bound() {
        Quantity q = only("Up to 300 families were evacuated.").quantity();
        assertThat(q.high()).isEqualTo(300);
        assertThat(q.highInclusive()).isTrue();
        assertThat(q.low()).isNull();
    }

    @Test
    void nearly_sets_an_exclusive_upper_bound() {
        Quantity q = only("Nearly 70 fighters were killed.").quantity();
        assertThat(q.high()).isEqualTo(70);
        assertThat(q.highInclusive()).isFalse();
    }

    @Test
    void about_makes_a_figure_approximate() {
        Claim claim = only("Militants took about 250 hostages.");
        assertThat(claim.quantity().approx()).isTrue();
        assertThat(claim.quantity().low()).isNull();
        assertThat(claim.modality()).isEqualTo(Modality.ESTIMATE);
    }

    @Test
    void could_top_is_a_projection() {
        Claim claim = only("Officials warned that casualties could top 10,000.");
        assertThat(claim.modality()).isEqualTo(Modality.PROJECTION);
        assertThat(claim.quantity().low()).isEqualTo(10_000);
        assertThat(claim.qualifier()).isEqualTo("could top");
    }

    @Test
    void a_qualifier_in_quotes_still_counts() {
        assertThat(only("Sky News estimates\"at least 50 people\" were hurt.").quantity().low()).isEqualTo(50);
    }

    @Test
    void a_conversion_in_brackets_shares_the_qualifier_of_its_figure() {
        var claims = Extracted.claims("The quake struck about 58km (36 miles) south of the city.");
        assertThat(claims).hasSize(2).allSatisfy(c -> assertThat(c.quantity().approx()).isTrue());
    }
}
