package com.crosscheck.workbench;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.Section;
import com.crosscheck.corpus.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.crosscheck.workbench.WorkbenchFixtures.article;
import static com.crosscheck.workbench.WorkbenchFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimTextsTest {

    private final Article article = article(1, "A", LocalDate.of(2024, 1, 1),
            "at least 1.200 died; more than 1,000 fled; about 250 held; 30-40 hurt; his 11th trip; 48-hour pause");

    @Test
    void an_inclusive_lower_bound_reads_as_at_least() {
        var claim = claim(1, article, "1.200", ClaimKind.KILLED, new Quantity(1200, 1200.0, true, null, false, false, ""),
                "at least", Section.BODY).claim();

        assertThat(ClaimTexts.normalised(claim)).isEqualTo("\u2265 1,200");
        assertThat(ClaimTexts.asWritten(claim)).isEqualTo("at least 1.200");
    }

    @Test
    void an_exclusive_lower_bound_reads_as_more_than() {
        var claim = claim(1, article, "1,000", ClaimKind.DISPLACED, new Quantity(1000, 1000.0, false, null, false, false, ""))
                .claim();

        assertThat(ClaimTexts.normalised(claim)).isEqualTo("> 1,000");
    }

    @Test
    void an_approximate_figure_reads_with_an_approximation_sign() {
        var claim = claim(1, article, "250", ClaimKind.HOSTAGES, new Quantity(250, null, true, null, true, true, "")).claim();

        assertThat(ClaimTexts.normalised(claim)).isEqualTo("\u2248 250");
    }

    @Test
    void a_range_reads_low_to_high() {
        var claim = claim(1, article, "30-40", ClaimKind.INJURED, new Quantity(30, 30.0, true, 40.0, true, false, ""),
                "range", Section.BODY).claim();

        assertThat(ClaimTexts.normalised(claim)).isEqualTo("30\u201340");
        assertThat(ClaimTexts.asWritten(claim)).as("a range is not a qualifier to repeat").isEqualTo("30-40");
    }

    @Test
    void ordinals_and_units_read_as_such() {
        assertThat(ClaimTexts.normalised(claim(1, article, "11th", ClaimKind.TRIP, Quantity.exact(11, "ordinal")).claim()))
                .isEqualTo("11th");
        assertThat(ClaimTexts.normalised(claim(1, article, "48-hour", ClaimKind.DURATION, Quantity.exact(48, "hour")).claim()))
                .isEqualTo("48 hours");
        assertThat(ClaimTexts.ordinal(112)).isEqualTo("112th");
        assertThat(ClaimTexts.ordinal(22)).isEqualTo("22nd");
    }

    @Test
    void details_name_subject_and_say_when_a_claim_is_not_matched() {
        var claim = claim(1, article, "250", ClaimKind.HOSTAGES, Quantity.exact(250, ""), null, Section.RELATED).claim();

        assertThat(ClaimTexts.details(claim)).startsWith("hostages: 250")
                .contains("Subject: people killed")
                .contains("In a related-stories block: not the article's own text, not matched");
    }
}
