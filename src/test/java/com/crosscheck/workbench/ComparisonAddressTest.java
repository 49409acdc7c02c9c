package com.crosscheck.workbench;

import com.crosscheck.corpus.ArticleId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonAddressTest {

    @Test
    void reads_two_to_four_comma_separated_ids_in_order() {
        assertThat(ComparisonAddress.parse("7,3,12").ids())
                .containsExactly(new ArticleId(7), new ArticleId(3), new ArticleId(12));
    }

    @Test
    void writes_the_bookmarkable_path() {
        assertThat(ComparisonAddress.parse("7,3").path()).isEqualTo("compare/7,3");
    }

    @Test
    void refuses_a_word_naming_it() {
        assertThatThrownBy(() -> ComparisonAddress.parse("3,seven"))
                .hasMessage("\u201cseven\u201d is not an article id");
    }

    @Test
    void refuses_zero_negative_and_empty_parts() {
        assertThatThrownBy(() -> ComparisonAddress.parse("0,3")).hasMessageContaining("not an article id");
        assertThatThrownBy(() -> ComparisonAddress.parse("-1,3")).hasMessageContaining("not an article id");
        assertThatThrownBy(() -> ComparisonAddress.parse("3,,4")).hasMessageContaining("not an article id");
    }

    @Test
    void refuses_one_or_more_than_four_articles() {
        assertThatThrownBy(() -> ComparisonAddress.parse("3")).hasMessageContaining("names 1");
        assertThatThrownBy(() -> ComparisonAddress.parse("1,2,3,4,5")).hasMessageContaining("names 5");
    }

    @Test
    void refuses_the_same_article_twice() {
        assertThatThrownBy(() -> ComparisonAddress.parse("3,3")).hasMessageContaining("more than once");
    }
}
