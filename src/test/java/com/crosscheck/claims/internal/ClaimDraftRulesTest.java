package com.crosscheck.claims.internal;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.Claim;
import com.crosscheck.claims.ClaimDraft;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.ClaimQualifier;
import com.crosscheck.claims.InvalidClaimException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimDraftRulesTest {

    private static final String BODY = "Officials said more than 1,200 people had fled the valley.";
    private static final TextSpan FIGURE = new TextSpan(BODY.indexOf("1,200"), BODY.indexOf("1,200") + 5);

    private static Claim draft(String value, ClaimQualifier qualifier) {
        return ClaimDraftRules.toClaim(new ClaimDraft(FIGURE, ClaimKind.DISPLACED, value, "", qualifier, "people who fled"),
                BODY, new TextSpan(0, BODY.length()), List.of());
    }

    @Test
    void more_than_sets_an_exclusive_lower_bound_only() {
        var q = draft("1,200", ClaimQualifier.MORE_THAN).quantity();
        assertThat(q.value()).isEqualTo(1200);
        assertThat(q.low()).isEqualTo(1200);
        assertThat(q.lowInclusive()).isFalse();
        assertThat(q.high()).isNull();
    }

    @Test
    void a_range_is_read_as_its_two_bounds() {
        var q = draft("1000 to 1500", ClaimQualifier.EXACTLY).quantity();
        assertThat(q.low()).isEqualTo(1000);
        assertThat(q.high()).isEqualTo(1500);
    }

    @Test
    void a_backwards_range_is_refused_with_the_reason() {
        assertThatThrownBy(() -> draft("40-30", ClaimQualifier.EXACTLY)).isInstanceOfSatisfying(InvalidClaimException.class,
                e -> assertThat(e.problems().get("value")).contains("runs backwards"));
    }

    @Test
    void the_claim_text_is_the_selected_text() {
        assertThat(draft("1200", ClaimQualifier.ABOUT).text()).isEqualTo("1,200");
        assertThat(draft("1200", ClaimQualifier.ABOUT).qualifier()).isEqualTo("about");
    }
}
