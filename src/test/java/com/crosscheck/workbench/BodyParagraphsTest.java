package com.crosscheck.workbench;

import com.crosscheck.base.TextSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyParagraphsTest {

    @Test
    void every_non_blank_line_is_a_paragraph_with_its_body_offsets() {
        String body = "First.\n\n  Second, indented.  \r\nThird.";

        assertThat(BodyParagraphs.of(body)).containsExactly(
                new TextSpan(0, 6), new TextSpan(10, 27), new TextSpan(31, 37));
        assertThat(new TextSpan(10, 27).of(body)).isEqualTo("Second, indented.");
    }

    @Test
    void a_blank_body_has_no_paragraphs() {
        assertThat(BodyParagraphs.of(" \n\r\n\t")).isEmpty();
    }
}
