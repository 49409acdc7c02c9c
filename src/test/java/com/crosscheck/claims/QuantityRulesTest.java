package com.crosscheck.claims;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.claims.Extracted.claims;
import static com.crosscheck.claims.Extracted.only;
import static org.assertj.core.api.Assertions.assertThat;

/** The quantity rules, one behaviour each, on short sentences of the kind news uses. */
class QuantityRulesTest {

    @Test
    void english_thousands_separators_are_read() {
        assertThat(only("The toll rose to 23,000 people.").quantity().value()).isEqualTo(23_000);
    }

    @Test
    void a_european_thousands_separator_is_read_as_thousands_in_a_count() {
        assertThat(only("Militants killed 1.200 Israeli citizens.").quantity().value()).isEqualTo(1_200);
    }

    @Test
    void a_decimal_with_a_scale_word_is_multiplied() {
        assertThat(only("Some 1.2 million people were displaced.").quantity().value()).isEqualTo(1_200_000);
    }

    @Test
    void a_plain_decimal_stays_a_decimal() {
        assertThat(only("The quake measured 6.1 on the Richter scale.").quantity().value()).isEqualTo(6.1);
    }

    @Test
    void number_words_are_read() {
        assertThat(only("Rescuers pulled six survivors from the rubble.").quantity().value()).isEqualTo(6);
        Claim hyphenated = only("Thirty-three hostages would be freed.");
        assertThat(hyphenated.quantity().value()).isEqualTo(33);
        assertThat(hyphenated.kind()).isEqualTo(ClaimKind.HOSTAGES);
        assertThat(only("Officials said forty-five people died.").quantity().value()).isEqualTo(45);
        assertThat(only("A twenty-one-year-old was held.").quantity().value()).isEqualTo(21);
    }

    @Test
    void a_million_in_words_is_read() {
        assertThat(only("Over a million residents fled.").quantity().value()).isEqualTo(1_000_000);
    }

    @Test
    void two_dozen_is_twenty_four() {
        assertThat(only("Two dozen trucks entered the city.").quantity().value()).isEqualTo(24);
    }

    @Test
    void a_vague_plural_becomes_a_range() {
        Quantity q = only("Hundreds of thousands marched in the capital.").quantity();
        assertThat(q.low()).isEqualTo(200_000);
        assertThat(q.high()).isEqualTo(999_999);
        assertThat(q.approx()).isTrue();
    }

    @Test
    void ordinals_in_digits_are_read() {
        Claim claim = only("It was his 11th visit to the region.");
        assertThat(claim.quantity().value()).isEqualTo(11);
        assertThat(claim.kind()).isEqualTo(ClaimKind.TRIP);
    }

    @Test
    void ordinals_in_words_are_read() {
        assertThat(only("He concluded his fifth trip to the Middle East.").quantity().value()).isEqualTo(5);
    }

    @Test
    void an_ordinal_standing_for_its_noun_takes_the_trip_noun_of_its_sentence() {
        Claim claim = only("The diplomat's latest trip is his eleventh to the region.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.TRIP);
        assertThat(claim.subject()).contains("to the region");
    }

    @Test
    void a_compound_with_a_time_unit_is_a_duration() {
        Claim claim = only("They held a two-and-a-half-hour meeting.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.DURATION);
        assertThat(claim.quantity().value()).isEqualTo(2.5);
        assertThat(claim.quantity().unit()).isEqualTo("hour");
    }

    @Test
    void weeklong_is_one_week() {
        Claim claim = only("He began a weeklong tour.");
        assertThat(claim.quantity().value()).isEqualTo(1);
        assertThat(claim.quantity().unit()).isEqualTo("week");
    }

    @Test
    void a_hyphenated_count_compound_is_a_count() {
        Claim claim = only("The ministers held a four-nation summit.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(claim.quantity().value()).isEqualTo(4);
    }

    @Test
    void between_two_numbers_is_a_range() {
        Quantity q = only("Officials said between 30 and 40 houses collapsed.").quantity();
        assertThat(q.low()).isEqualTo(30);
        assertThat(q.high()).isEqualTo(40);
    }

    @Test
    void a_hyphenated_pair_of_numbers_is_a_range() {
        Quantity q = only("The storm destroyed 30-40 homes.").quantity();
        assertThat(q.low()).isEqualTo(30);
        assertThat(q.high()).isEqualTo(40);
    }

    @Test
    void money_keeps_its_currency_and_scale() {
        Claim claim = only("Donors pledged $2.5 billion in aid.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.MONEY);
        assertThat(claim.quantity().value()).isEqualTo(2.5e9);
        assertThat(claim.quantity().unit()).isEqualTo("USD");
    }

    @Test
    void percentages_in_signs_and_words_are_percent() {
        assertThat(only("Turnout reached 61%.").kind()).isEqualTo(ClaimKind.PERCENT);
        assertThat(only("Prices rose 15 percent.").quantity().value()).isEqualTo(15);
    }

    @Test
    void a_date_without_a_year_takes_the_latest_such_day_before_publication() {
        Claim claim = only("The attack on Oct. 7 shocked the country.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(claim.date().resolved()).isEqualTo(LocalDate.of(2024, 10, 7));
    }

    @Test
    void a_year_used_in_a_name_is_not_a_claim() {
        assertThat(claims("Voters turned to the 2024 presidential vote.")).isEmpty();
    }

    @Test
    void identifiers_are_not_claims() {
        assertThat(claims("The plan rests on UN Security Council Resolution 1701.")).isEmpty();
        assertThat(claims("The F-16 and the Boeing 737 flew past.")).isEmpty();
        assertThat(claims("The report aired on the station Ch. 5 last night.")).isEmpty();
        assertThat(claims("In Gaza 40 Palestinians were killed.")).extracting(Claim::text).containsExactly("40");
    }

    @Test
    void names_with_ordinals_are_not_claims() {
        assertThat(claims("It ended the Second Lebanon War.")).isEmpty();
    }

    @Test
    void scores_are_not_claims() {
        assertThat(claims("The liberals hold a 4-3 advantage on the court.")).isEmpty();
    }

    @Test
    void a_copyright_line_is_not_a_claim() {
        assertThat(claims("\u00a9 2025 Thomson Reuters.")).isEmpty();
    }

    @Test
    void fixed_phrases_are_not_claims() {
        assertThat(claims("They discussed a two-state solution.")).isEmpty();
        assertThat(claims("For the first time, the talks stalled.")).isEmpty();
    }

    @Test
    void anaphoric_references_are_not_claims() {
        assertThat(claims("Relations between the two countries soured.")).isEmpty();
    }

    @Test
    void pronoun_one_is_not_a_claim() {
        assertThat(claims("One of the officials declined to comment.")).isEmpty();
        assertThat(claims("A gunman shot four people, killing one, before fleeing.")).extracting(Claim::text)
                .containsExactly("four", "one");
        assertThat(claims("At least one of the suspects was armed.")).isEmpty();
    }

    @Test
    void telephone_numbers_are_not_claims() {
        assertThat(claims("Anyone with information should call the hotline at 503-555-0142.")).isEmpty();
        assertThat(claims("Tips can be phoned in to 1-888-CRIME-TIP or (212) 555-0190.")).isEmpty();
        assertThat(claims("Witnesses were asked to call 555-0173.")).isEmpty();
        assertThat(claims("Call the incident line on 0845 301 4410 or the charity on 0800 123 456.")).isEmpty();
    }

    @Test
    void a_seven_digit_range_without_a_call_is_still_a_range() {
        Claim range = only("Estimates put the crowd at 200-5000 people.");
        assertThat(range.quantity().low()).isEqualTo(200.0);
        assertThat(range.quantity().high()).isEqualTo(5000.0);
    }

    @Test
    void street_addresses_are_not_claims() {
        assertThat(claims("The shooting happened in the 1200 block of Maple Avenue.")).isEmpty();
        assertThat(claims("The minister met reporters outside 10 Downing Street.")).isEmpty();
        assertThat(claims("The crash closed the Salem 22 Highway overnight.")).isEmpty();
        assertThat(claims("She was hit outside the store at 450 E. Lake Blvd. on Friday.")).isEmpty();
    }

    @Test
    void a_span_of_years_is_a_date_not_a_count() {
        Claim span = claims("Some 40 villages were abandoned during the civil war of 1991-2002.").getLast();
        assertThat(span.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(span.date()).isNotNull().extracting(CalendarDate::iso).isEqualTo("1991/2002");
        assertThat(only("Between 2000-3000 protesters gathered.").quantity().high()).isEqualTo(3000.0);
    }

    @Test
    void codes_and_emergency_numbers_are_not_claims() {
        assertThat(claims("A neighbour called 911 at once.")).isEmpty();
        assertThat(claims("The van carried the plate KLM 0472.")).isEmpty();
    }

    @Test
    void hyphenated_ordinals_and_at_first_are_not_ranks() {
        assertThat(claims("He faces a charge of second-degree murder.")).isEmpty();
        assertThat(only("The fire started in a second-floor office.").kind()).isEqualTo(ClaimKind.OTHER);
        assertThat(claims("Officials at first denied the report.")).isEmpty();
        assertThat(claims("Aid arrived in the first 72 hours.")).extracting(Claim::text).containsExactly("72");
    }

    @Test
    void a_clock_time_with_a_time_zone_is_a_time() {
        Claim time = claims("Posted 09.41 BST by the news desk.").getFirst();
        assertThat(time.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(time.date()).isNotNull().extracting(CalendarDate::iso).isEqualTo("T09:41");
        assertThat(claims("Updated 1745 GMT (2345 ICT)").getFirst().date()).isNotNull().extracting(CalendarDate::iso)
                .isEqualTo("T17:45");
    }

    @Test
    void a_compound_with_a_currency_is_money() {
        Claim money = claims("Thieves took a three-million-euro necklace.").getFirst();
        assertThat(money.kind()).isEqualTo(ClaimKind.MONEY);
        assertThat(money.quantity().unit()).isEqualTo("EUR");
    }

    @Test
    void a_ratio_is_a_share_in_percent() {
        Claim share = claims("Nearly one in three children under five is acutely malnourished.").getFirst();
        assertThat(share.kind()).isEqualTo(ClaimKind.PERCENT);
        assertThat(share.quantity().value()).isEqualTo(33.3);
        assertThat(share.text()).isEqualTo("one in three");
        assertThat(only("About 1 in 5 homes was damaged.").quantity().value()).isEqualTo(20.0);
        assertThat(claims("Two in 2009 and three in 2010 were arrested.")).extracting(Claim::kind)
                .doesNotContain(ClaimKind.PERCENT);
        assertThat(claims("Strikes killed 9 in 24 hours.")).extracting(Claim::kind).doesNotContain(ClaimKind.PERCENT);
    }

    @Test
    void a_fraction_of_something_is_a_share_in_percent() {
        Claim third = only("Roughly a third of the hostages are believed dead.");
        assertThat(third.kind()).isEqualTo(ClaimKind.PERCENT);
        assertThat(third.quantity().value()).isEqualTo(33.3);
        assertThat(only("Some two-thirds of homes were damaged.").quantity().value()).isEqualTo(66.7);
        assertThat(only("More than half of the victims were children.").quantity().value()).isEqualTo(50.0);
        assertThat(claims("The raid lasted a quarter of an hour.")).extracting(Claim::kind).doesNotContain(ClaimKind.PERCENT);
        assertThat(claims("Sales rose in the second half of the year.")).extracting(Claim::kind).doesNotContain(ClaimKind.PERCENT);
    }
}
