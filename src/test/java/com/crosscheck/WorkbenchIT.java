package com.crosscheck;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path in a real browser (Debian's Chromium, headless): list the corpus, pick two, read them side by side. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1440,900",
                "--user-data-dir=" + Files.createTempDirectory("crosscheck-chromium"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void lists_the_corpus_and_compares_two_articles_side_by_side() throws IOException {
        driver.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "5 articles"));
        for (String outlet : List.of("GZERO Media", "Financial World", "World Today News", "Newsmax", "The Judean")) {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), outlet));
        }
        screenshot("articles.png");

        List<WebElement> rowCheckboxes = driver.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox"));
        assertThat(rowCheckboxes).hasSizeGreaterThanOrEqualTo(5);
        rowCheckboxes.get(1).click();
        rowCheckboxes.get(2).click();
        WebElement compare = driver.findElement(By.xpath("//vaadin-button[starts-with(normalize-space(.), 'Compare')]"));
        wait.until(d -> compare.getAttribute("disabled") == null);
        compare.click();

        wait.until(ExpectedConditions.urlMatches("/compare/\\d+,\\d+$"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".article-column"), 2));
        List<WebElement> bodies = driver.findElements(By.cssSelector(".article-column .article-body"));
        assertThat(bodies).hasSize(2).allSatisfy(body -> {
            assertThat(body.isDisplayed()).isTrue();
            assertThat(body.findElements(By.tagName("p"))).hasSizeGreaterThan(3);
            assertThat(body.getSize().getWidth()).isGreaterThan(400);
        });
        assertThat(driver.findElements(By.cssSelector(".article-column .article-outlet")))
                .extracting(WebElement::getText).allSatisfy(text -> assertThat(text).isNotBlank());
        screenshot("compare.png");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
