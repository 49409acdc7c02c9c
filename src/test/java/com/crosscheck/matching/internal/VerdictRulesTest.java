package com.crosscheck.matching.internal;

import com.crosscheck.matching.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.matching.internal.Compared.claim;
import static com.crosscheck.matching.internal.Compared.features;
import static org.assertj.core.api.Assertions.assertThat;

/** What a group's values say together, given bounds, rounding and the articles' dates. */
class VerdictRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2005, 11, 27);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private static ClaimFeatures report(String outlet, LocalDate day, String text, String figure) {
        return features(claim(outlet, outlet, day, text, figure));
    }

    private static VerdictRules.Outcome judge(ClaimFeatures... members) {
        return VerdictRules.judge(List.of(members));
    }

    @Test
    void a_lower_bound_and_an_approximate_figure_that_overlap_agree() {
        var a = report("A", MONDAY, "The quake killed more than 1,000 people.", "1,000");
        var b = report("B", MONDAY, "The quake killed about 1,100 people.", "1,100");
        assertThat(judge(a, b).verdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void a_lower_bound_followed_by_a_higher_figure_the_next_day_is_evolving() {
        var early = report("A", MONDAY, "The quake killed at least 120 people.", "120");
        var later = report("B", TUESDAY, "The death toll climbed to 214.", "214");
        var outcome = judge(early, later);
        assertThat(outcome.verdict()).isEqualTo(Verdict.EVOLVING);
        assertThat(outcome.explanation()).contains("rises with the dates");
    }

    @Test
    void the_explanation_names_whom_each_outlet_cites() {
        var governor = report("A", TUESDAY, "The quake killed 180 people, according to the governor.", "180");
        var ministry = report("B", TUESDAY, "The quake killed 214 people, the ministry said.", "214");
        assertThat(judge(governor, ministry).explanation())
                .isEqualTo("180 (A citing governor, 28 Nov 2005) vs 214 (B citing ministry, 28 Nov 2005): different figures on the same date");
    }

    @Test
    void a_figure_an_earlier_report_already_allowed_is_no_rise() {
        var vague = report("A", MONDAY, "The quake injured dozens of people.", "dozens");
        var bound = report("B", MONDAY, "The quake injured at least five people.", "five");
        var later = report("C", TUESDAY, "The quake injured 70 people.", "70");
        assertThat(judge(vague, bound, later).verdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void a_toll_that_rises_within_a_day_and_then_settles_is_evolving() {
        var early = report("A", MONDAY, "Officials said three people were killed.", "three");
        var later = report("B", MONDAY, "Officials said 10 people were killed.", "10");
        var next = report("C", TUESDAY, "The quake killed 10 people.", "10");
        assertThat(judge(early, later, next).verdict()).isEqualTo(Verdict.EVOLVING);
    }

    @Test
    void different_figures_on_the_latest_date_are_a_conflict() {
        var a = report("A", TUESDAY, "The quake injured 50 people.", "50");
        var b = report("B", TUESDAY, "The quake injured 80 people.", "80");
        assertThat(judge(a, b).explanation()).endsWith("different figures on the same date");
    }

    @Test
    void a_toll_lower_in_a_later_report_is_a_conflict() {
        var a = report("A", MONDAY, "The quake killed 24 people.", "24");
        var b = report("B", TUESDAY, "The quake killed 11 people.", "11");
        assertThat(judge(a, b).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void one_rank_given_to_trips_weeks_apart_breaks_the_sequence() {
        var august = report("A", LocalDate.of(2024, 8, 19), "Blinken arrived on his 10th trip to the region.", "10th");
        var september = report("B", LocalDate.of(2024, 9, 17), "Blinken arrived on his 10th trip to the region.", "10th");
        assertThat(judge(august, september).explanation()).endsWith("a break in the sequence");
    }

    @Test
    void an_age_that_grows_with_the_years_between_reports_is_evolving() {
        var then = report("A", LocalDate.of(2007, 4, 10), "Police charged Anthony LaCalamita, 38, with murder.", "38");
        var now = report("B", LocalDate.of(2008, 4, 30), "A jury convicted Anthony LaCalamita, 39, of murder.", "39");
        assertThat(judge(then, now).verdict()).isEqualTo(Verdict.EVOLVING);
    }
}
