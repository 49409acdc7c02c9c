package com.crosscheck.workbench;

import com.crosscheck.claims.ClaimKind;
import com.crosscheck.claims.Quantity;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.Article;
import com.crosscheck.matching.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.workbench.WorkbenchFixtures.article;
import static com.crosscheck.workbench.WorkbenchFixtures.claim;
import static com.crosscheck.workbench.WorkbenchFixtures.group;
import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private final Article later = article(1, "Later Post", LocalDate.of(2024, 3, 2), "Officials said 80 died. 12 were hurt.");
    private final Article earlier = article(2, "Early Times", LocalDate.of(2024, 3, 1), "At least 50 died and 9 were hurt.");
    private final StoredClaim laterDead = claim(11, later, "80", ClaimKind.KILLED, Quantity.exact(80, ""));
    private final StoredClaim laterHurt = claim(12, later, "12", ClaimKind.INJURED, Quantity.exact(12, ""));
    private final StoredClaim earlierDead = claim(21, earlier, "50", ClaimKind.KILLED, Quantity.exact(50, ""));
    private final StoredClaim earlierHurt = claim(22, earlier, "9", ClaimKind.INJURED, Quantity.exact(9, ""));

    private Comparison comparison() {
        return new Comparison(List.of(later, earlier), List.of(laterDead, laterHurt, earlierDead, earlierHurt),
                List.of(group("hurt", Verdict.CONFLICT, laterHurt, earlierHurt),
                        group("dead", Verdict.EVOLVING, laterDead, earlierDead)));
    }

    @Test
    void columns_run_from_the_oldest_article_to_the_newest() {
        assertThat(comparison().articles()).extracting(Article::outlet).containsExactly("Early Times", "Later Post");
    }

    @Test
    void groups_are_numbered_in_reading_order_of_their_first_claim() {
        List<ShownGroup> groups = comparison().groups();

        assertThat(groups).extracting(ShownGroup::id).containsExactly("dead", "hurt");
        assertThat(groups).extracting(ShownGroup::number).containsExactly(1, 2);
        assertThat(groups.getFirst().members()).extracting(ShownClaim::id).containsExactly("21", "11");
    }

    @Test
    void a_claim_in_no_group_is_unmatched() {
        var comparison = new Comparison(List.of(later, earlier), List.of(laterDead, earlierDead, earlierHurt),
                List.of(group("dead", Verdict.AGREE, laterDead, earlierDead)));

        assertThat(comparison.verdictOf("21")).isEqualTo("agree");
        assertThat(comparison.verdictOf("22")).isEqualTo("unmatched");
        assertThat(comparison.groupOf("22")).isEmpty();
    }

    @Test
    void counts_conflicts() {
        assertThat(comparison().conflictCount()).isEqualTo(1);
    }

    @Test
    void claims_of_an_article_come_in_text_order() {
        assertThat(comparison().claimsOf(later)).extracting(ShownClaim::id).containsExactly("11", "12");
    }
}
