package com.crosscheck.corpus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.crosscheck.corpus.ImportFixtures.docx;
import static com.crosscheck.corpus.ImportFixtures.newsPage;
import static com.crosscheck.corpus.ImportFixtures.pdf;
import static com.crosscheck.corpus.ImportFixtures.story;
import static com.crosscheck.corpus.ImportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every importable type read into a draft, and every reason a file is refused, in words. */
class DocumentReaderTest {

    private static final long MB = 1024 * 1024;
    private final DocumentReader reader = new DocumentReader(20 * MB);

    @Test
    void a_txt_file_is_read_in_the_article_format() throws Exception {
        ArticleDraft draft = reader.read("a.txt", utf8("Title: Flood\nOutlet: Wire\nPublished: 2024-03-05\n\nBody with 3 boats."));

        assertThat(draft.title()).isEqualTo("Flood");
        assertThat(draft.outlet()).isEqualTo("Wire");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(draft.body()).isEqualTo("Body with 3 boats.");
    }

    @Test
    void markdown_loses_its_markup_and_takes_front_matter_or_the_first_heading() throws Exception {
        String md = """
                ---
                outlet: Valley Times
                date: 2024-04-02
                url: https://valley.example/flood
                ---
                # River bursts its banks

                Rescue teams found **14 people** in the [flooded](https://x.example) valley.

                - About 300 moved to shelters
                - `Three` bridges closed

                ![photo](pic.jpg)
                > "We lost everything," one resident said.
                """;

        ArticleDraft draft = reader.read("flood.md", utf8(md));

        assertThat(draft.title()).isEqualTo("River bursts its banks");
        assertThat(draft.outlet()).isEqualTo("Valley Times");
        assertThat(draft.url()).isEqualTo("https://valley.example/flood");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(draft.body()).contains("Rescue teams found 14 people in the flooded valley.")
                .contains("About 300 moved to shelters\nThree bridges closed")
                .contains("\"We lost everything,\" one resident said.")
                .doesNotContain("**", "](", "# ", "pic.jpg", "- About");
    }

    @Test
    void a_web_page_keeps_the_story_and_drops_navigation_ads_and_related_links() throws Exception {
        String html = newsPage("River bursts its banks", "Valley Times", "2024-04-02", story("u1"));

        ArticleDraft draft = reader.read("flood.html", utf8(html));

        assertThat(draft.title()).isEqualTo("River bursts its banks");
        assertThat(draft.outlet()).isEqualTo("Valley Times");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(draft.body()).contains("At least 14 people were killed", "Engineers were checking three bridges")
                .doesNotContain("World news menu", "advertisement", "celebrity weddings", "football transfers",
                        "Copyright footer");
        assertThat(draft.body()).as("paragraphs stay apart").contains("officials said, in a report numbered u1.\n\nAt least 14");
    }

    @Test
    void a_web_page_without_open_graph_takes_json_ld_and_time_elements() throws Exception {
        String html = """
                <html><head><title>Quake hits coast - Coast Daily</title>
                <script type="application/ld+json">[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Quake hits coast","datePublished":"2023-11-20","publisher":{"name":"Coast Daily"}}]</script>
                </head><body><article><p>%s</p><p>%s</p><p>%s</p></article></body></html>
                """.formatted((Object[]) story("u2").toArray(String[]::new));

        ArticleDraft draft = reader.read("quake.htm", utf8(html));

        assertThat(draft.title()).isEqualTo("Quake hits coast");
        assertThat(draft.outlet()).isEqualTo("Coast Daily");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2023, 11, 20));

        String withTime = "<html><head><title>T</title></head><body><article><time datetime=\"2022-06-01T10:00:00Z\">June 1</time>"
                + "<p>" + String.join("</p><p>", story("u3")) + "</p></article></body></html>";
        assertThat(reader.read("t.html", utf8(withTime)).published()).isEqualTo(LocalDate.of(2022, 6, 1));
    }

    @Test
    void a_pdf_gives_its_text_title_and_joined_lines() throws Exception {
        byte[] file = pdf("Flood report", List.of("At least 14 people were killed when the river", "burst its banks on Tuesday.",
                "About 300 were moved to shelters."));

        ArticleDraft draft = reader.read("report.pdf", file);

        assertThat(draft.title()).isEqualTo("Flood report");
        assertThat(draft.body()).contains("At least 14 people were killed when the river burst its banks on Tuesday.")
                .contains("About 300 were moved to shelters.");
        assertThat(draft.metadata()).containsKey("Format");
    }

    @Test
    void a_word_document_gives_its_paragraphs_and_title() throws Exception {
        byte[] file = docx("Bridge closures", List.of("Three bridges were closed on Monday.", "Traffic was diverted for 40 km."));

        ArticleDraft draft = reader.read("bridges.docx", file);

        assertThat(draft.title()).isEqualTo("Bridge closures");
        assertThat(draft.body()).contains("Three bridges were closed on Monday.\n").contains("Traffic was diverted for 40 km.");
    }

    @Test
    void an_encrypted_pdf_is_refused_as_encrypted() throws Exception {
        byte[] file = pdf("Secret", List.of("Hidden text with 5 figures."), "s3cret");

        assertThatThrownBy(() -> reader.read("secret.pdf", file)).isInstanceOf(ArticleReadException.class)
                .hasMessage("secret.pdf: is encrypted (password-protected); remove the password and import it again");
    }

    @Test
    void a_pdf_without_text_is_refused_with_no_text_found() throws Exception {
        byte[] file = pdf("Scan", List.of());

        assertThatThrownBy(() -> reader.read("scan.pdf", file)).hasMessageStartingWith("scan.pdf: no text found");
    }

    @Test
    void a_page_without_text_and_an_empty_file_are_refused_with_no_text_found() {
        assertThatThrownBy(() -> reader.read("empty.html", utf8("<html><body><nav>Home</nav></body></html>")))
                .hasMessageStartingWith("empty.html: no text found");
        assertThatThrownBy(() -> reader.read("empty.docx", new byte[0])).hasMessageStartingWith("empty.docx: no text found");
    }

    @Test
    void an_unsupported_type_is_refused_naming_the_extension_and_the_supported_ones() {
        assertThatThrownBy(() -> reader.read("photo.jpg", new byte[] {1, 2, 3}))
                .hasMessageStartingWith("photo.jpg: unsupported file type \u201c.jpg\u201d; Crosscheck imports .txt, .md, .html, .pdf, .docx");
        assertThatThrownBy(() -> reader.read("README", utf8("text"))).hasMessageContaining("(no extension)");
    }

    @Test
    void a_file_over_the_limit_is_refused_as_too_large() {
        var small = new DocumentReader(1024);

        assertThatThrownBy(() -> small.read("big.pdf", new byte[2048]))
                .hasMessage("big.pdf: too large: 0.0 MB is over the limit of 0.0 MB for one file");
        assertThatThrownBy(() -> reader.read("big.txt", new byte[(int) (20 * MB) + 1])).hasMessageContaining("too large: 20.0 MB");
    }

    @Test
    void text_that_is_not_utf8_is_refused_as_an_invalid_encoding() {
        byte[] latin1 = "Caf\u00e9 owners said 12 tables were lost".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read("cafe.txt", latin1)).hasMessageStartingWith("cafe.txt: is not valid UTF-8 text");
        assertThatThrownBy(() -> reader.read("cafe.md", latin1)).hasMessageStartingWith("cafe.md: is not valid UTF-8 text");
    }
}
