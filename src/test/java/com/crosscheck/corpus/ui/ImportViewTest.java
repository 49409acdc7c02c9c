package com.crosscheck.corpus.ui;

import com.crosscheck.KaribuTest;
import com.crosscheck.accounts.Role;
import com.crosscheck.corpus.ImportFixtures;
import com.crosscheck.testing.KaribuLogin;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Import screen: uploads read in the background, a result per file, the paste form's checks, analysts only. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:import-view;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false"})
class ImportViewTest extends KaribuTest {

    private ImportView view;

    @BeforeEach
    void openImport() {
        UI.getCurrent().navigate("import");
        view = _get(ImportView.class);
    }

    @Test
    void uploaded_files_get_a_result_each_and_the_progress_counts_them() throws Exception {
        String u = ImportFixtures.unique();
        assertThat(view.upload.getId()).hasValue("article-upload");

        view.receive("good.txt", ImportFixtures.utf8("Title: Upload " + u + "\n\nFourteen boats sank, " + u + "."));
        view.receive("photo.png", new byte[] {1, 2, 3});
        view.receive("again.txt", ImportFixtures.utf8("Title: Again\n\nFourteen boats sank, " + u + "."));
        assertThat(view.progress.isVisible()).isTrue();

        awaitImports();

        assertThat(rows()).extracting(row -> row.getAttribute("data-outcome"))
                .containsExactly("imported", "failed", "duplicate");
        assertThat(rows()).extracting(Element::getTextRecursively).satisfiesExactly(
                text -> assertThat(text).startsWith("good.txt: imported as article").endsWith("Show in Articles"),
                text -> assertThat(text).contains("photo.png: unsupported file type \u201c.png\u201d"),
                text -> assertThat(text).contains("again.txt: already in the corpus as article"));
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.progressText.getText()).isEqualTo("3 of 3 files done: 1 imported, 1 already present, 1 failed");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(view.compare.isVisible()).as("one article (and its duplicate) is nothing to compare").isFalse();
    }

    @Test
    void a_file_the_browser_refuses_counts_as_done_with_its_reason() throws Exception {
        String u = ImportFixtures.unique();
        view.receive("kept.txt", ImportFixtures.utf8("Title: Kept " + u + "\n\nNine ferries sank, " + u + "."));
        ComponentUtil.fireEvent(view.folderUpload, new FileRejectedEvent(view.folderUpload, "Incorrect File Type.", "notes.xyz"));
        awaitImports();

        assertThat(rows()).extracting(Element::getTextRecursively).anySatisfy(text ->
                assertThat(text).startsWith("notes.xyz: unsupported file type; Crosscheck imports").contains(".docx"));
        assertThat(view.progressText.getText()).isEqualTo("2 of 2 files done: 1 imported, 0 already present, 1 failed");
    }

    @Test
    void two_stored_articles_can_be_compared_once_the_imports_are_done() throws Exception {
        String u = ImportFixtures.unique();
        view.receive("first.txt", ImportFixtures.utf8("Title: First " + u + "\n\nTwelve people died, " + u + "."));
        assertThat(view.compare.isVisible()).as("hidden while imports run").isFalse();
        view.receive("second.txt", ImportFixtures.utf8("Title: Second " + u + "\n\nFourteen people died, " + u + "."));
        awaitImports();

        assertThat(view.compare.isVisible()).isTrue();
        assertThat(view.compare.getText()).isEqualTo("Compare these 2");
        _click(view.compare);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("compare/\\d+,\\d+");
    }

    @Test
    void the_paste_form_names_each_missing_field_then_imports() {
        view.tabs.setSelectedIndex(2);
        PasteForm form = view.paste;
        form.url.setValue("not-a-url");
        _click(form.save);

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Give the article's title.");
        assertThat(form.url.getErrorMessage()).contains("http:// or https://");
        assertThat(form.body.getErrorMessage()).isEqualTo("Paste the article's text.");
        assertThat(rows()).isEmpty();

        String u = ImportFixtures.unique();
        form.title.setValue("Pasted " + u);
        form.url.setValue("https://radio.example/" + u);
        form.body.setValue("Eleven villages were cut off, " + u + ".");
        _click(form.save);

        assertThat(form.title.isInvalid()).isFalse();
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.getAttribute("data-outcome")).isEqualTo("imported"));
        assertThat(form.title.getValue()).isEmpty();
    }

    @Test
    void viewers_cannot_open_import_and_do_not_see_the_button() {
        KaribuLogin.as(Role.VIEWER);

        assertThatThrownBy(() -> UI.getCurrent().navigate("import")).isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate("");
        assertThat(_get(ArticlesView.class).importArticles.isVisible()).isFalse();

        KaribuLogin.as(Role.ANALYST);
        UI.getCurrent().navigate("");
        assertThat(_get(ArticlesView.class).importArticles.isVisible()).isTrue();
    }

    private List<Element> rows() {
        return view.results.getElement().getChildren().toList();
    }

    /** Lets the background imports finish, running their UI updates as the browser's polls would. */
    private void awaitImports() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (rows().stream().anyMatch(r -> "pending".equals(r.getAttribute("data-outcome")))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("imports still running after 60 s");
            }
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
    }
}
