package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;
import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import com.crosscheck.corpus.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.workbench.WorkbenchFixtures.article;
import static com.crosscheck.workbench.WorkbenchFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

class ParagraphRunsTest {

    private final Article article = article(1, "A", LocalDate.of(2024, 1, 1), "First 5 here.\nThen 7 and 9.");

    private ShownClaim shown(long id, String text) {
        return new ShownClaim(claim(id, article, text, ClaimKind.COUNT, Quantity.exact(Double.parseDouble(text), "")), article);
    }

    private List<String> pieces(TextSpan paragraph, List<ShownClaim> claims) {
        return ParagraphRuns.split(paragraph, claims).stream()
                .map(r -> (r.claim() == null ? "" : "[") + r.span().of(article.body()) + (r.claim() == null ? "" : "]"))
                .toList();
    }

    @Test
    void claims_become_their_own_runs_between_plain_text() {
        assertThat(pieces(new TextSpan(14, 27), List.of(shown(1, "5"), shown(2, "7"), shown(3, "9"))))
                .containsExactly("Then ", "[7]", " and ", "[9]", ".");
    }

    @Test
    void claims_of_other_paragraphs_are_left_out() {
        assertThat(pieces(new TextSpan(0, 13), List.of(shown(1, "5"), shown(2, "7"))))
                .containsExactly("First ", "[5]", " here.");
    }

    @Test
    void a_paragraph_without_claims_is_one_plain_run() {
        assertThat(pieces(new TextSpan(0, 13), List.of())).containsExactly("First 5 here.");
    }
}
