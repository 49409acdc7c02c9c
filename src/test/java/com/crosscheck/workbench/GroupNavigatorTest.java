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

class GroupNavigatorTest {

    private final Article first = article(1, "A", LocalDate.of(2024, 1, 1), "one 10 two 20 three 30 four 40");
    private final Article second = article(2, "B", LocalDate.of(2024, 1, 2), "one 11 two 21 three 31 four 41");
    private final List<StoredClaim> a = List.of(claim(1, first, "10", ClaimKind.COUNT, Quantity.exact(10, "")),
            claim(2, first, "20", ClaimKind.COUNT, Quantity.exact(20, "")),
            claim(3, first, "30", ClaimKind.COUNT, Quantity.exact(30, "")),
            claim(4, first, "40", ClaimKind.COUNT, Quantity.exact(40, "")));
    private final List<StoredClaim> b = List.of(claim(5, second, "11", ClaimKind.COUNT, Quantity.exact(11, "")),
            claim(6, second, "21", ClaimKind.COUNT, Quantity.exact(21, "")),
            claim(7, second, "31", ClaimKind.COUNT, Quantity.exact(31, "")),
            claim(8, second, "41", ClaimKind.COUNT, Quantity.exact(41, "")));
    private final Comparison comparison = new Comparison(List.of(first, second),
            List.of(a.get(0), a.get(1), a.get(2), a.get(3), b.get(0), b.get(1), b.get(2), b.get(3)),
            List.of(group("g1", Verdict.AGREE, a.get(0), b.get(0)), group("g2", Verdict.CONFLICT, a.get(1), b.get(1)),
                    group("g3", Verdict.EVOLVING, a.get(2), b.get(2)), group("g4", Verdict.CONFLICT, a.get(3), b.get(3))));
    private final GroupNavigator navigator = new GroupNavigator(comparison.groups());

    private ShownGroup shown(String id) {
        return comparison.group(id).orElseThrow();
    }

    @Test
    void next_group_with_nothing_selected_is_the_first() {
        assertThat(navigator.next(null)).contains(shown("g1"));
    }

    @Test
    void previous_group_with_nothing_selected_is_the_last() {
        assertThat(navigator.previous(null)).contains(shown("g4"));
    }

    @Test
    void next_group_wraps_around_after_the_last() {
        assertThat(navigator.next(shown("g4"))).contains(shown("g1"));
    }

    @Test
    void next_conflict_skips_groups_that_agree_or_evolve() {
        assertThat(navigator.nextConflict(shown("g2"))).contains(shown("g4"));
        assertThat(navigator.nextConflict(shown("g4"))).contains(shown("g2"));
    }

    @Test
    void previous_conflict_goes_backwards() {
        assertThat(navigator.previousConflict(shown("g3"))).contains(shown("g2"));
    }

    @Test
    void without_conflicts_there_is_no_next_conflict() {
        var agreeing = new GroupNavigator(List.of(shown("g1"), shown("g3")));

        assertThat(agreeing.nextConflict(null)).isEmpty();
    }
}
