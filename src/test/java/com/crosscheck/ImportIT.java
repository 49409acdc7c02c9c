package com.crosscheck;

import com.crosscheck.corpus.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading files on the Import screen in a real browser: a result row per file, marked by outcome. On its own
 * database, so the other browser tests still see only the bundled corpus.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:import-it;DB_CLOSE_DELAY=-1")
class ImportIT extends BrowserTest {

    /** Reading files runs in the background; the first PDF also loads Tika's parsers, slow on a busy 2-core machine. */
    private WebDriverWait imports() {
        return new WebDriverWait(driver, Duration.ofSeconds(120));
    }

    @Test
    void two_uploaded_files_get_one_result_each(@TempDir Path dir) throws IOException {
        String u = ImportFixtures.unique();
        Path good = Files.writeString(dir.resolve("browser-" + u + ".txt"), "Title: Browser " + u + "\n\nFive boats sank, " + u + ".");
        Path pdf = Files.write(dir.resolve("browser-" + u + ".pdf"), ImportFixtures.pdf("Browser pdf " + u, List.of("Six bridges closed, " + u + ".")));

        open("/import");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-upload")));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(good.toAbsolutePath() + "\n" + pdf.toAbsolutePath());

        imports().until(d -> d.findElements(By.cssSelector("#import-results [data-outcome='imported']")).size() == 2);
        screenshot("import-two-files");
        assertThat(driver.findElement(By.id("import-results")).getText())
                .contains("browser-" + u + ".txt: imported as article", "browser-" + u + ".pdf: imported as article");
        wait.until(d -> d.findElement(By.cssSelector(".import-progress")).getText().contains("2 of 2 files done"));
    }

    @Test
    void two_uploaded_reports_are_compared_and_their_notes_downloaded_as_markdown(@TempDir Path dir) throws IOException {
        String u = ImportFixtures.unique();
        Path early = Files.writeString(dir.resolve("early-" + u + ".txt"), """
                Title: Floods hit the valley %s
                Outlet: Morning Example
                Published: 2024-03-01

                At least 12 people died in the floods, officials said on Friday.
                """.formatted(u));
        Path later = Files.writeString(dir.resolve("later-" + u + ".md"), """
                # Valley floods: death toll disputed %s

                The floods killed 15 people, the regional governor said on Friday.
                """.formatted(u));

        open("/import");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(early.toAbsolutePath() + "\n" + later.toAbsolutePath());
        imports().until(ExpectedConditions.elementToBeClickable(By.id("import-compare"))).click();

        wait.until(ExpectedConditions.urlContains("/compare/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".export-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export-md"))).click();
        String notes = Files.readString(downloaded(".md"));

        assertThat(notes).startsWith("# Comparison notes")
                .contains("Morning Example", "Floods hit the valley " + u, "Valley floods: death toll disputed " + u)
                .contains("## Claim groups", "12", "15");
    }
}
