package com.crosscheck.claims;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.crosscheck.claims.Extracted.claims;
import static com.crosscheck.claims.Extracted.only;
import static org.assertj.core.api.Assertions.assertThat;

/** Kinds come from the word a number counts or the predicate that governs it, not from the sentence at large. */
class ClaimKindRulesTest {

    private static ClaimKind kindIn(String text) {
        return only(text).kind();
    }

    @Test
    void the_predicate_after_the_counted_noun_decides() {
        assertThat(kindIn("At least 89 people died in the fire.")).isEqualTo(ClaimKind.KILLED);
        assertThat(kindIn("Some 200 people were injured.")).isEqualTo(ClaimKind.INJURED);
    }

    @Test
    void a_governing_noun_to_the_left_decides() {
        assertThat(kindIn("The death toll in the enclave has surpassed 23,000.")).isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void a_casualty_word_elsewhere_in_the_sentence_does_not_decide() {
        assertThat(kindIn("After the deadly strike, 40 trucks carried aid.")).isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void hostages_and_displaced_people_are_told_apart() {
        assertThat(kindIn("Egypt proposed the release of six hostages.")).isEqualTo(ClaimKind.HOSTAGES);
        assertThat(kindIn("The strikes left 1.2 million Lebanese civilians displaced.")).isEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("Some 2,500 people left their homes after the floods.")).isEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("About 40 families were forced out of their houses by the fire.")).isEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("Some 300 residents lost their homes in the storm.")).isEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("About 200 people left the meeting early.")).isNotEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("The 12 ministers left for home on Sunday.")).isNotEqualTo(ClaimKind.DISPLACED);
    }

    @Test
    void an_age_after_a_name_is_other() {
        assertThat(kindIn("The suspect, John Smith, 38, was arrested.")).isEqualTo(ClaimKind.OTHER);
    }

    @Test
    void an_age_after_a_name_is_that_person_s_age() {
        Claim age = only("Officers Maria Lopez and Dan Weber, both 44, were wounded.");
        assertThat(age.kind()).isEqualTo(ClaimKind.OTHER);
        assertThat(age.quantity().unit()).isEqualTo("year-old");
        assertThat(age.subject()).isEqualTo("Dan Weber");
        assertThat(only("The driver, Ahmed Karimi, 29, was detained.").subject()).isEqualTo("Ahmed Karimi");
    }

    @Test
    void a_part_of_a_casualty_figure_shares_its_kind() {
        List<Claim> claims = claims("The raid killed 23 people, including nine women, rescuers said.");
        assertThat(claims).extracting(Claim::kind).containsExactly(ClaimKind.KILLED, ClaimKind.KILLED);
        assertThat(claims.getLast().subject()).isEqualTo("women killed");
        assertThat(claims("Nearly 900 people have been killed in the province since March, including more than 60 children."))
                .extracting(Claim::kind).containsExactly(ClaimKind.KILLED, ClaimKind.KILLED);
        assertThat(claims("Gunmen seized 80 hostages, among them 12 foreigners.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.HOSTAGES, ClaimKind.HOSTAGES);
    }

    @Test
    void a_relative_clause_on_the_counted_decides() {
        assertThat(kindIn("Aid reached 4,000 people who fled the fighting.")).isEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("Relatives buried 14 people who were killed in the raid.")).isEqualTo(ClaimKind.KILLED);
        assertThat(claims("Police praised 20 officers who killed two gunmen.")).extracting(Claim::kind)
                .first().isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void coordinated_figures_share_their_predicate() {
        List<Claim> claims = claims("At least 30 police officers and some 12 bystanders were wounded in the clashes.");
        assertThat(claims).extracting(Claim::kind).containsExactly(ClaimKind.INJURED, ClaimKind.INJURED);
        assertThat(claims.getFirst().subject()).isEqualTo("police officers injured");
        assertThat(claims("Some 30 buses and 12 trucks were waiting while 3 people were hurt.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.COUNT, ClaimKind.COUNT, ClaimKind.INJURED);
    }

    @Test
    void an_earlier_figure_of_the_same_toll_shares_its_kind() {
        assertThat(claims("The death toll rose to 48 on Tuesday, up from 31 a day earlier.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.KILLED, ClaimKind.KILLED);
        assertThat(claims("The number of wounded climbed from 52 to 70 overnight.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.INJURED, ClaimKind.INJURED);
    }

    @Test
    void the_predicate_after_an_apposition_decides() {
        assertThat(claims("Over 300,000 people, nearly a third of the province, have been displaced by the floods."))
                .extracting(Claim::kind).first().isEqualTo(ClaimKind.DISPLACED);
        assertThat(kindIn("Some 40 miners, most of them migrant workers, were killed in the blast."))
                .isEqualTo(ClaimKind.KILLED);
        assertThat(kindIn("About 50 delegates, mostly from Asia, were invited to the summit.")).isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void a_death_toll_far_before_its_figure_decides() {
        assertThat(claims("The death toll from Tuesday's 6.4-magnitude tremor in the north rose to 212.").getLast().kind())
                .isEqualTo(ClaimKind.KILLED);
        assertThat(kindIn("The number of injured in the province has reached 1,450 by Friday evening.")).isEqualTo(ClaimKind.INJURED);
        assertThat(claims("The death toll rose to 12, and 40 volunteers arrived.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.KILLED, ClaimKind.COUNT);
        assertThat(claims("The new death toll came after two bodies were found in a hamlet which is one of the 9 worst-hit villages."))
                .extracting(Claim::kind).last().isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void a_casualty_noun_before_does_not_govern_a_figure_with_its_own_noun() {
        assertThat(claims("They swapped the bodies of two hostages for 90 prisoners.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.HOSTAGES, ClaimKind.COUNT);
    }

    @Test
    void a_running_total_of_a_casualty_figure_shares_its_kind() {
        List<Claim> claims = claims("Officials recorded 61 deaths on Sunday, bringing the total to 3,410.");
        assertThat(claims).extracting(Claim::kind).containsExactly(ClaimKind.KILLED, ClaimKind.KILLED);
        assertThat(claims).extracting(Claim::subject).containsExactly("deaths on Sunday", "people killed");
    }

    @Test
    void the_nth_time_of_a_visit_is_a_trip_number() {
        Claim trip = only("The envoy is visiting the region for the 12th time since the crisis began.");
        assertThat(trip.kind()).isEqualTo(ClaimKind.TRIP);
        assertThat(trip.quantity().value()).isEqualTo(12);
        assertThat(trip.subject()).isEqualTo("trip since the crisis");
        assertThat(claims("The committee met for the second time on Monday.")).isEmpty();
        assertThat(only("She visited Kyiv for the first time.").kind()).isEqualTo(ClaimKind.TRIP);
    }

    @Test
    void a_rank_is_never_a_casualty_count() {
        assertThat(kindIn("Doctors said the fourth victim died overnight.")).isEqualTo(ClaimKind.OTHER);
    }

    @Test
    void ages_in_other_common_wordings_are_ages() {
        for (String text : new String[] {"The actor died on Sunday. He was 84.", "At 62, she is the oldest candidate.",
                "He died at the age of 77 in Lyon.", "Police found a 9-year old boy.",
                "The governor, 58, is seeking re-election."}) {
            Claim age = claims(text).getLast();
            assertThat(age.kind()).as(text).isEqualTo(ClaimKind.OTHER);
            assertThat(age.quantity().unit()).as(text).isEqualTo("year-old");
        }
    }

    @Test
    void pounds_after_a_word_of_weighing_are_a_weight() {
        Claim weight = only("The suspect, described as tall, was weighing about 190 pounds.");
        assertThat(weight.kind()).isEqualTo(ClaimKind.MEASURE);
        assertThat(weight.quantity().unit()).isEqualTo("lb");
        assertThat(only("The club paid 190 pounds for the tickets.").kind()).isEqualTo(ClaimKind.MONEY);
    }

    @Test
    void a_plain_decimal_never_counts_things() {
        assertThat(kindIn("A 3.8 aftershock followed at noon.")).isEqualTo(ClaimKind.MEASURE);
    }

    @Test
    void twice_counts_times_never_casualties() {
        assertThat(kindIn("The man who shot the guard later twice changed his story.")).isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void a_casualty_noun_modifying_another_noun_is_not_what_is_counted() {
        assertThat(kindIn("The gunman received three life sentences on Friday.")).isEqualTo(ClaimKind.COUNT);
        assertThat(kindIn("Aid groups set up 14 refugee camps near the border.")).isEqualTo(ClaimKind.COUNT);
        assertThat(only("Police seized 13 loaded magazines.").subject()).isEqualTo("loaded magazines");
    }

    @Test
    void distances_and_magnitudes_are_measures() {
        assertThat(kindIn("The epicentre was 55 kilometers away.")).isEqualTo(ClaimKind.MEASURE);
        assertThat(kindIn("A magnitude-6.1 quake struck.")).isEqualTo(ClaimKind.MEASURE);
    }

    @Test
    void the_victims_of_a_killing_to_death_are_killed() {
        assertThat(kindIn("A Michigan man shot to death one person at the firm.")).isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void a_figure_coordinated_with_a_casualty_figure_shares_its_verb() {
        assertThat(claims("Strikes killed 12 soldiers and 3 civilians on Tuesday.")).extracting(Claim::kind)
                .containsExactly(ClaimKind.KILLED, ClaimKind.KILLED);
    }

    @Test
    void things_are_counted_even_beside_casualty_words() {
        assertThat(kindIn("Officials said two helicopters were evacuating injured villagers.")).isEqualTo(ClaimKind.COUNT);
        assertThat(kindIn("Nobody was hurt but 10 houses were damaged in the town.")).isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void a_figure_on_the_richter_scale_is_a_measure() {
        assertThat(kindIn("Tremors from an earthquake registering 6.1 on the Richter scale were felt.")).isEqualTo(ClaimKind.MEASURE);
    }

    @Test
    void a_figure_with_decimals_is_not_a_count() {
        assertThat(kindIn("The survey in Golden said it was 6.1.")).isEqualTo(ClaimKind.MEASURE);
    }

    @Test
    void an_area_is_a_measure() {
        assertThat(kindIn("The 170,000-square-foot building houses many businesses.")).isEqualTo(ClaimKind.MEASURE);
    }
}
