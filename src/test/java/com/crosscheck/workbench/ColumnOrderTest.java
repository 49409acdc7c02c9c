package com.crosscheck.workbench;

import com.crosscheck.corpus.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.workbench.WorkbenchFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

class ColumnOrderTest {

    private final Article march = article(1, "March", LocalDate.of(2024, 3, 1), "text");
    private final Article january = article(2, "January", LocalDate.of(2024, 1, 1), "text");
    private final Article undated = article(3, "Undated", null, "text");
    private final List<Article> chosen = List.of(march, undated, january);

    private List<String> outlets(ColumnOrder order) {
        return order.sort(chosen, chosen.stream().map(Article::id).toList()).stream().map(Article::outlet).toList();
    }

    @Test
    void oldest_first_puts_undated_articles_last() {
        assertThat(outlets(ColumnOrder.OLDEST_FIRST)).containsExactly("January", "March", "Undated");
    }

    @Test
    void newest_first_also_puts_undated_articles_last() {
        assertThat(outlets(ColumnOrder.NEWEST_FIRST)).containsExactly("March", "January", "Undated");
    }

    @Test
    void as_chosen_keeps_the_order_of_the_address() {
        assertThat(outlets(ColumnOrder.AS_CHOSEN)).containsExactly("March", "Undated", "January");
    }

    @Test
    void reads_the_order_from_the_address_parameter() {
        assertThat(ColumnOrder.ofParameter("newest")).contains(ColumnOrder.NEWEST_FIRST);
        assertThat(ColumnOrder.ofParameter("sideways")).isEmpty();
    }
}
