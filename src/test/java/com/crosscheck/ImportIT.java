package com.crosscheck;

import com.crosscheck.corpus.ImportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading files on the Import screen in a real browser: a result row per file, marked by outcome. On its own
 * database, so the other browser tests still see only the bundled corpus.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:import-it;DB_CLOSE_DELAY=-1")
class ImportIT extends BrowserTest {

    @Test
    void two_uploaded_files_get_one_result_each(@TempDir Path dir) throws IOException {
        String u = ImportFixtures.unique();
        Path good = Files.writeString(dir.resolve("browser-" + u + ".txt"), "Title: Browser " + u + "\n\nFive boats sank, " + u + ".");
        Path pdf = Files.write(dir.resolve("browser-" + u + ".pdf"), ImportFixtures.pdf("Browser pdf " + u, List.of("Six bridges closed, " + u + ".")));

        open("/import");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-upload")));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(good.toAbsolutePath() + "\n" + pdf.toAbsolutePath());

        wait.until(d -> d.findElements(By.cssSelector("#import-results [data-outcome='imported']")).size() == 2);
        screenshot("import-two-files");
        assertThat(driver.findElement(By.id("import-results")).getText())
                .contains("browser-" + u + ".txt: imported as article", "browser-" + u + ".pdf: imported as article");
        wait.until(d -> d.findElement(By.cssSelector(".import-progress")).getText().contains("2 of 2 files done"));
    }
}
