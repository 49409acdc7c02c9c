package com.crosscheck;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Base of the real-browser tests ({@code *IT}, run by Failsafe after packaging): the application on a random
 * port and a headless Debian Chromium driven by Selenium, with no driver download. Screenshots go to
 * {@code target/screenshots/}. Where Chromium is missing the tests are skipped, except on CI ({@code CI=true}),
 * where a missing browser is an error. Every test starts signed in as the first-start admin (whose password the
 * test settings give), unless it overrides {@link #signInFirst()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    @LocalServerPort
    private int port;

    @Value("${crosscheck.admin.password}")
    protected String adminPassword;

    protected ChromeDriver driver;
    protected WebDriverWait wait;
    /** Where the browser saves downloads, without asking; a new folder for each test. */
    protected Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(installed, "Chromium or ChromeDriver not installed: browser test skipped");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1440,900",
                "--user-data-dir=" + Files.createTempDirectory("crosscheck-chromium"));
        downloads = Files.createTempDirectory("crosscheck-downloads");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        if (signInFirst()) {
            signIn("admin", adminPassword);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        }
    }

    /** Whether each test starts signed in as admin. */
    protected boolean signInFirst() {
        return true;
    }

    /** Fills in and sends the login form; does not wait for the outcome. */
    protected void signIn(String username, String password) {
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens a path of the running application, such as {@code /compare/1,2}. */
    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    /** The address of the running application, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Waits for the browser to finish saving a download whose file name ends with {@code suffix}; returns its path. */
    protected Path downloaded(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    protected void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
