package com.crosscheck.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(1_000_000);

    private ArticleDraft read(String text) throws ArticleReadException {
        return reader.read("story.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_the_known_header_keys_and_keeps_the_body_after_the_blank_line() throws Exception {
        String file = "Title: Quake kills 89\nOutlet: Daily Planet\nURL: https://example.org/q\nPublished: 2024-02-08\n\n"
                + "At least 89 people died.\nRescuers search.\n";

        ArticleDraft draft = read(file);

        assertThat(draft.title()).isEqualTo("Quake kills 89");
        assertThat(draft.outlet()).isEqualTo("Daily Planet");
        assertThat(draft.url()).isEqualTo("https://example.org/q");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 2, 8));
        assertThat(draft.body()).isEqualTo("At least 89 people died.\nRescuers search.\n");
        assertThat(draft.metadata()).isEmpty();
    }

    @Test
    void without_a_published_date_a_dateline_at_the_top_of_the_body_dates_the_article() throws Exception {
        assertThat(read("Title: Shooting\n\nPOSTED: 1052 GMT (1852 HKT), April 10, 2007\nA man shot three people.\n")
                .published()).isEqualTo(LocalDate.of(2007, 4, 10));
        assertThat(read("Title: Shooting\n\nUpdated 4/9/2007 6:04 PM\nA man shot three people.\n").published())
                .isEqualTo(LocalDate.of(2007, 4, 9));
        assertThat(read("Title: Quake\n\nWEDNESDAY 03 JULY 2013\nA quake hit Aceh.\n").published())
                .isEqualTo(LocalDate.of(2013, 7, 3));
    }

    @Test
    void a_date_in_a_sentence_of_the_body_is_not_a_dateline() throws Exception {
        assertThat(read("Title: Quake\n\nA quake that struck on April 10, 2007 killed 89 people in the mountains of"
                + " the north, officials said on Tuesday after rescuers reached the villages.\n").published()).isNull();
    }

    @Test
    void the_published_header_wins_over_a_dateline() throws Exception {
        assertThat(read("Title: Quake\nPublished: 2024-02-08\n\nUpdated 4/9/2007 6:04 PM\nA quake.\n").published())
                .isEqualTo(LocalDate.of(2024, 2, 8));
    }

    @Test
    void header_keys_are_case_insensitive() throws Exception {
        ArticleDraft draft = read("TITLE: Upper\noutlet: lower\nPUBLISHED: 2023-10-07\n\nBody.");

        assertThat(draft.title()).isEqualTo("Upper");
        assertThat(draft.outlet()).isEqualTo("lower");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2023, 10, 7));
    }

    @Test
    void unknown_keys_are_kept_as_metadata_as_written() throws Exception {
        ArticleDraft draft = read("Title: T\nAccuracy: approximate\nDesk: Middle East\n\nBody.");

        assertThat(draft.metadata()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Accuracy", "approximate", "Desk", "Middle East"));
    }

    @Test
    void a_file_without_header_is_all_body_titled_by_its_first_line() throws Exception {
        String text = "\nBlinken lands in Tel Aviv\n\nThe secretary of state arrived on Tuesday.\n";

        ArticleDraft draft = read(text);

        assertThat(draft.body()).isEqualTo(text);
        assertThat(draft.title()).isEqualTo("Blinken lands in Tel Aviv");
        assertThat(draft.outlet()).isNull();
        assertThat(draft.published()).isNull();
    }

    @Test
    void key_value_lines_without_a_known_key_are_body_not_header() throws Exception {
        String text = "UPDATE: death toll rises\n\nOfficials said 40 people died.";

        ArticleDraft draft = read(text);

        assertThat(draft.body()).isEqualTo(text);
        assertThat(draft.title()).isEqualTo("UPDATE: death toll rises");
    }

    @Test
    void crlf_bodies_are_kept_byte_for_byte_and_offsets_start_after_the_blank_line() throws Exception {
        String body = "First line, 23,000 dead.\r\n\r\nSecond line.\r\n";

        ArticleDraft draft = read("Title: T\r\nOutlet: O\r\n\r\n" + body);

        assertThat(draft.body()).isEqualTo(body);
        assertThat(draft.body().indexOf("23,000")).isEqualTo(12);
        assertThat(draft.body().substring(12, 18)).isEqualTo("23,000");
    }

    @Test
    void a_byte_order_mark_does_not_hide_the_header() throws Exception {
        ArticleDraft draft = read("\uFEFFTitle: With BOM\n\nBody.");

        assertThat(draft.title()).isEqualTo("With BOM");
        assertThat(draft.body()).isEqualTo("Body.");
    }

    @Test
    void invalid_utf8_is_refused_naming_the_file_and_the_position() {
        byte[] latin1 = "Title: Caf\u00e9\n\nBody".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read("cafe.txt", latin1))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("cafe.txt")
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("position 10");
    }

    @Test
    void an_empty_body_is_refused() {
        assertThatThrownBy(() -> read("Title: Nothing here\nOutlet: O\n\n  \n\n"))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage("story.txt: has no article text (the body is empty)");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("body is empty");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[2_000]);
        var small = new ArticleReader(1_000);

        assertThatThrownBy(() -> small.read(big))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("big.txt")
                .hasMessageContaining("over the limit");
    }

    @Test
    void a_published_value_that_is_not_an_iso_date_is_refused_with_the_value() {
        assertThatThrownBy(() -> read("Title: T\nPublished: Feb 8, 2024\n\nBody."))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("\u201cFeb 8, 2024\u201d is not a date of the form YYYY-MM-DD");
    }

    @Test
    void a_key_given_twice_is_refused() {
        assertThatThrownBy(() -> read("Title: One\ntitle: Two\n\nBody."))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void binary_content_is_refused() {
        assertThatThrownBy(() -> reader.read("photo.txt", new byte[] {'J', 0, 'F', 'I', 'F'}))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("binary");
    }
}
