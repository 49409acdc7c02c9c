package com.crosscheck.export;

import com.crosscheck.base.DomainException;
import com.crosscheck.corpus.ArticleId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every export format, written from a reviewed comparison and parsed back. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:export-service-test;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportServiceTest {

    @Autowired
    ExportService exports;
    @Autowired
    ApplicationContext context;

    ExportFixtures fixtures;

    @BeforeAll
    void comparison() {
        fixtures = new ExportFixtures(context);
    }

    @Test
    void offers_the_five_formats_and_names_them_when_one_is_unknown() {
        assertThat(exports.formats()).extracting(ExportFormat::id).containsExactly("md", "csv", "json", "w3c", "pdf");
        assertThatThrownBy(() -> exports.export(fixtures.ids(), "docx"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
                .hasMessageContaining("\u201cdocx\u201d").hasMessageContaining("md, csv, json, w3c, pdf");
    }

    @Test
    void an_unknown_article_is_not_found() {
        assertThatThrownBy(() -> exports.export(List.of(fixtures.emoji, new ArticleId(987654)), "md"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND))
                .hasMessageContaining("987654");
    }

    @Test
    void markdown_notes_hold_the_articles_groups_values_verdicts_and_notes_with_article_text_escaped() {
        ExportedFile file = exports.export(fixtures.ids(), "md");
        String md = text(file);

        assertThat(file.fileName()).matches("crosscheck-comparison-\\d+-\\d+-\\d+-\\d{4}-\\d{2}-\\d{2}\\.md");
        assertThat(file.contentType()).startsWith("text/markdown");
        assertThat(md).contains("## Articles", "Daily Example", "2024-05-06", "[https://evening.example/a](<https://evening.example/a>)")
                .contains("## Claim groups", "### 1. " , fixtures.tollGroup.label().substring(0, 5))
                .contains("Verdict: **evolving** (set by the analyst alice; automatic: " + fixtures.tollGroup.verdict().label() + ")")
                .contains("| 36 (corrected from 35) |", "| Disputed |", "Hospital list says 36; =SUM(A1) is not a formula")
                .contains("Group note (alice): Tolls differ by outlet; \\*wait\\* for the ministry")
                .contains("## Unmatched claims", "**12** (count, 12)", "added by alice");
        // the tricky title reads as written and makes no link, bold or HTML
        var texts = new StringBuilder();
        var links = new ArrayList<String>();
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.append(text.getLiteral()).append('\n');
            }

            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        assertThat(texts.toString()).contains(ExportFixtures.TRICKY_TITLE);
        assertThat(links).doesNotContain("http://evil.example").contains("https://evening.example/a");
    }

    @Test
    void csv_has_one_row_per_claim_with_formulas_defused() throws Exception {
        ExportedFile file = exports.export(fixtures.ids(), "csv");
        List<CSVRecord> rows;
        try (var parser = CSVParser.parse(new StringReader(text(file)), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        long claims = exports.gather(fixtures.ids()).claims().size();

        assertThat(rows).hasSize((int) claims);
        assertThat(rows).allSatisfy(row -> {
            for (String cell : row.values()) {
                assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("@")
                        .doesNotStartWith("+");
            }
        });
        CSVRecord disputed = rows.stream().filter(r -> r.get("claim_id").equals(fixtures.reviewed.id().toString())).findFirst().orElseThrow();
        assertThat(disputed.get("value")).isEqualTo("35");
        assertThat(disputed.get("corrected_value")).isEqualTo("36");
        assertThat(disputed.get("review_status")).isEqualTo("Disputed");
        assertThat(disputed.get("note")).isEqualTo(ExportFixtures.NOTE);
        assertThat(disputed.get("kind")).isEqualTo("killed");
        assertThat(disputed.get("group_id")).isEqualTo(fixtures.tollGroup.id());
        assertThat(disputed.get("verdict")).isEqualTo("evolving");
        CSVRecord emoji = rows.stream().filter(r -> r.get("article_id").equals(fixtures.emoji.toString())).findFirst().orElseThrow();
        assertThat(emoji.get("outlet")).isEqualTo("'" + ExportFixtures.FORMULA_OUTLET);
        assertThat(rows).anySatisfy(r -> assertThat(r.get("added_by")).isEqualTo("alice"));
    }

    @Test
    void json_carries_the_full_data_and_reads_back() {
        JsonNode json = JsonMapper.builder().build().readTree(exports.export(fixtures.ids(), "json").content());

        assertThat(json.get("format").asString()).isEqualTo("crosscheck-comparison");
        assertThat(json.get("articles")).hasSize(3);
        JsonNode first = json.get("articles").get(0);
        assertThat(first.get("body").asString()).isEqualTo(ExportFixtures.EMOJI_BODY);
        assertThat(first.get("published").asString()).isEqualTo("2024-05-06");
        assertThat(first.get("metadata").get("Accuracy").asString()).isEqualTo("approximate");
        JsonNode disputed = find(json.get("claims"), "id", fixtures.reviewed.id().value());
        assertThat(disputed.get("value").asDouble()).isEqualTo(35);
        assertThat(disputed.get("effective").get("value").asDouble()).isEqualTo(36);
        assertThat(disputed.get("review").get("status").asString()).isEqualTo("DISPUTED");
        assertThat(disputed.get("review").get("note").asString()).isEqualTo(ExportFixtures.NOTE);
        assertThat(disputed.get("review").get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode group = find(json.get("groups"), "id", fixtures.tollGroup.id());
        assertThat(group.get("verdict").asString()).isEqualTo("evolving");
        assertThat(group.get("automaticVerdict").asString()).isEqualTo(fixtures.tollGroup.verdict().label());
        assertThat(group.get("review").get("note").asString()).isEqualTo(ExportFixtures.GROUP_NOTE);
        assertThat(group.get("claims").valueStream().map(JsonNode::asLong)).contains(fixtures.reviewed.id().value());
        assertThat(json.get("orphans").isArray()).isTrue();
    }

    @Test
    void w3c_annotations_have_the_required_fields_and_selectors_that_resolve_in_code_points() {
        JsonNode collection = JsonMapper.builder().build().readTree(exports.export(fixtures.ids(), "w3c").content());
        assertThat(collection.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
        JsonNode items = collection.get("first").get("items");
        assertThat(collection.get("total").asInt()).isEqualTo(items.size());

        Map<String, String> bodies = Map.of(
                "urn:crosscheck:article:" + fixtures.emoji, ExportFixtures.EMOJI_BODY,
                "urn:crosscheck:article:" + fixtures.lower, body(fixtures.lower),
                "urn:crosscheck:article:" + fixtures.third, body(fixtures.third));
        var ids = new HashSet<String>();
        var motivations = new HashSet<String>();
        int claimAnnotations = 0;
        for (JsonNode annotation : items) {
            assertThat(annotation.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
            assertThat(annotation.get("id").asString()).startsWith("urn:crosscheck:annotation:");
            assertThat(ids.add(annotation.get("id").asString())).as("unique id").isTrue();
            assertThat(annotation.get("type").asString()).isEqualTo("Annotation");
            assertThat(annotation.has("target")).isTrue();
            motivations.add(annotation.get("motivation").asString());
            if (annotation.has("body")) {
                JsonNode body = annotation.get("body");
                (body.isArray() ? body.valueStream() : java.util.stream.Stream.of(body))
                        .forEach(b -> assertThat(b.get("type").asString()).isEqualTo("TextualBody"));
            }
            String id = annotation.get("id").asString();
            if (id.startsWith("urn:crosscheck:annotation:claim:")) {
                claimAnnotations++;
                JsonNode target = annotation.get("target");
                String text = bodies.get(target.get("source").asString());
                JsonNode claim = JsonMapper.builder().build().readTree(annotation.get("body").valueStream()
                        .filter(b -> "application/json".equals(b.path("format").asString(null))).findFirst().orElseThrow()
                        .get("value").asString());
                String claimText = claim.get("text").asString();
                JsonNode quote = target.get("selector").get(0);
                JsonNode position = target.get("selector").get(1);
                assertThat(quote.get("type").asString()).isEqualTo("TextQuoteSelector");
                assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
                assertThat(quote.get("exact").asString()).isEqualTo(claimText);
                assertThat(text).contains(quote.get("prefix").asString() + claimText + quote.get("suffix").asString());
                int[] codePoints = text.codePoints().toArray();
                String selected = new String(codePoints, position.get("start").asInt(),
                        position.get("end").asInt() - position.get("start").asInt());
                assertThat(selected).as("the position selector in code points").isEqualTo(claimText);
            }
        }
        assertThat(claimAnnotations).isEqualTo(exports.gather(fixtures.ids()).claims().size());
        assertThat(motivations).contains("highlighting", "assessing", "commenting", "linking");
        JsonNode group = items.valueStream().filter(a -> a.get("id").asString().equals("urn:crosscheck:annotation:group:"
                + fixtures.tollGroup.id())).findFirst().orElseThrow();
        assertThat(group.get("target").valueStream().map(JsonNode::asString))
                .contains("urn:crosscheck:annotation:claim:" + fixtures.reviewed.id());
        assertThat(group.get("target").valueStream().map(JsonNode::asString)).allSatisfy(t -> assertThat(ids).contains(t));
        // the emoji before the claim: the UTF-16 offset is two more per emoji than the code point offset
        JsonNode emojiClaim = items.valueStream().filter(a -> a.get("target").isObject()
                && a.get("target").path("source").asString("").endsWith(":" + fixtures.emoji)
                && a.get("motivation").asString().equals("highlighting")).findFirst().orElseThrow();
        int start = emojiClaim.get("target").get("selector").get(1).get("start").asInt();
        assertThat(ExportFixtures.EMOJI_BODY.codePointCount(0, ExportFixtures.EMOJI_BODY.indexOf(
                emojiClaim.get("target").get("selector").get(0).get("exact").asString()))).isEqualTo(start);
    }

    @Test
    void pdf_reads_back_with_the_group_labels_and_survives_characters_its_font_lacks() throws Exception {
        ExportedFile file = exports.export(fixtures.ids(), "pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        String text;
        try (var pdf = Loader.loadPDF(file.content())) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Comparison notes", "Claim groups", "Daily Example", "Tolls differ by outlet");
        String label = fixtures.tollGroup.label();
        assertThat(text.replaceAll("\\s+", " ")).contains(label.substring(0, Math.min(20, label.length())));
    }

    @Test
    void the_whole_corpus_is_exported_when_no_article_is_named() {
        ExportedFile file = exports.export(List.of(), "json");
        assertThat(file.fileName()).startsWith("crosscheck-corpus-").endsWith(".json");
        assertThat(JsonMapper.builder().build().readTree(file.content()).get("articles").size()).isGreaterThanOrEqualTo(3);
    }

    private String body(ArticleId id) {
        return exports.gather(List.of(id)).articles().getFirst().body();
    }

    private static JsonNode find(JsonNode array, String field, Object value) {
        return array.valueStream().filter(n -> n.get(field).asString().equals(value.toString())).findFirst().orElseThrow();
    }

    private static String text(ExportedFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
