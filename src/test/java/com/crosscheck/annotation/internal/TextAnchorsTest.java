package com.crosscheck.annotation.internal;

import com.crosscheck.annotation.ClaimAnchor;
import com.crosscheck.base.TextSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnchorsTest {

    private static final String BODY = "At least 40 people died on Monday. By Tuesday 40 were still missing.";

    private static ClaimAnchor anchorOf(String text, String in, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = in.indexOf(text, at + 1);
        }
        return ClaimAnchor.of(in, new TextSpan(at, at + text.length()));
    }

    @Test
    void a_quote_still_at_its_position_is_found_there() {
        ClaimAnchor anchor = anchorOf("40", BODY, 1);
        assertThat(TextAnchors.locate(anchor, BODY)).isEqualTo(anchor.span());
    }

    @Test
    void a_quote_that_moved_is_found_by_its_prefix_and_suffix_not_by_the_nearest_copy() {
        ClaimAnchor second = anchorOf("40", BODY, 1);
        String edited = "UPDATE: figures revised. " + BODY;

        TextSpan found = TextAnchors.locate(second, edited);

        assertThat(edited.substring(found.end(), found.end() + 5)).isEqualTo(" were");
    }

    @Test
    void a_quote_that_is_gone_is_not_found() {
        assertThat(TextAnchors.locate(anchorOf("Monday", BODY, 0), BODY.replace("Monday", "Sunday"))).isNull();
    }

    @Test
    void copies_that_context_cannot_tell_apart_are_not_guessed_between() {
        var anchor = new ClaimAnchor("40", "", "", 500, 502);
        assertThat(TextAnchors.locate(anchor, "40 and 40")).isNull();
    }
}
