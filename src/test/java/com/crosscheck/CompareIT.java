package com.crosscheck;

import com.crosscheck.claims.ClaimService;
import com.crosscheck.corpus.ArticleDraft;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison workbench in a real browser: highlights, linked selection, matrix, chart, conflicts, safety.
 * It adds articles, so it runs on a database of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:compare-it;DB_CLOSE_DELAY=-1")
class CompareIT extends BrowserTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    ClaimService claims;

    private ArticleId byOutlet(String outlet) {
        return TestArticles.byOutlet(corpus, outlet);
    }

    private String address(List<ArticleId> ids) {
        return "/compare/" + String.join(",", ids.stream().map(ArticleId::toString).toList());
    }

    /** Opens a comparison and waits until every claim is highlighted; returns the milliseconds that took. */
    private long openComparison(List<ArticleId> ids) {
        int expected = claims.claimsOf(ids).size();
        long start = System.nanoTime();
        open(address(ids));
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
                .until(d -> d.findElements(By.cssSelector("mark.claim")).size() == expected);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<WebElement> selectedIn(ArticleId article) {
        return driver.findElements(By.cssSelector("[data-article-id='" + article + "'] mark[data-selected]"));
    }

    @Test
    void clicking_a_trip_number_selects_the_linked_trip_claims_in_the_other_columns() throws IOException {
        ArticleId worldToday = byOutlet("World Today News");
        ArticleId newsmax = byOutlet("Newsmax");
        ArticleId judean = byOutlet("The Judean");
        openComparison(List.of(worldToday, newsmax, judean));
        screenshot("compare-highlights.png");

        WebElement eleventh = driver.findElement(By.xpath(
                "//*[@data-article-id='" + newsmax + "']//mark[@data-kind='trip' and normalize-space(.)='11th']"));
        eleventh.click();

        wait.until(d -> !selectedIn(worldToday).isEmpty());
        assertThat(eleventh.getAttribute("data-selected")).isNotNull();
        assertThat(selectedIn(worldToday)).extracting(e -> e.getAttribute("data-kind")).containsOnly("trip");
        assertThat(selectedIn(worldToday)).extracting(WebElement::getText).contains("fifth");
        String group = eleventh.getAttribute("data-group-id");
        assertThat(group).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("mark[data-selected]")))
                .allSatisfy(e -> assertThat(e.getAttribute("data-group-id")).isEqualTo(group));
        wait.until(d -> !d.findElements(By.cssSelector("cc-claim-links path.claim-link")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("cc-timeline svg path")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".group-panel")).getText()).contains("evolving");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(
                "[data-article-id='" + newsmax + "'] mark[data-kind='killed']"))).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".claim-card")));
        assertThat(driver.findElement(By.cssSelector(".claim-card")).getText()).contains("killed").contains("at least");
        screenshot("compare-selected.png");

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> d.findElements(By.cssSelector("mark[data-selected]")).isEmpty());
        new Actions(driver).sendKeys("j").perform();
        wait.until(d -> !d.findElements(By.cssSelector("mark[data-selected]")).isEmpty());
        new Actions(driver).sendKeys("?").perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        screenshot("compare-help.png");
    }

    @Test
    void the_matrix_shows_groups_by_article_and_a_cell_leads_back_to_the_text() throws IOException {
        ArticleId worldToday = byOutlet("World Today News");
        openComparison(List.of(byOutlet("Financial World"), worldToday, byOutlet("Newsmax")));

        driver.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Claims matrix']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "fifth; four"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "three-phase"));
        screenshot("compare-matrix.png");

        driver.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='fifth; four']")).click();
        wait.until(d -> !selectedIn(worldToday).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".compare-columns")).isDisplayed()).isTrue();
    }

    @Test
    void four_articles_open_quickly_and_the_dark_theme_applies() throws IOException {
        List<ArticleId> four = List.of(byOutlet("GZERO Media"), byOutlet("World Today News"), byOutlet("Newsmax"),
                byOutlet("The Judean"));
        long first = openComparison(four);
        long again = openComparison(four);
        System.out.printf(Locale.ROOT, "Compare for 4 articles (%d claims) opened in %d ms in Chromium (first "
                + "time, groups computed), %d ms the second time%n", claims.claimsOf(four).size(), first, again);

        driver.findElement(By.cssSelector(".theme-toggle")).click();
        wait.until(d -> "dark".equals(d.findElement(By.tagName("html")).getAttribute("theme")));
        new Actions(driver).sendKeys("j").perform();
        wait.until(d -> !d.findElements(By.cssSelector("mark[data-selected]")).isEmpty());
        screenshot("compare-dark.png");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("theme") == null);
    }

    @Test
    void a_hostile_article_shows_its_markup_as_text_and_runs_nothing() throws IOException {
        String body = "<script>window.__pwned = 1</script> Officials said 12 people died.\n"
                + "<img src=x onerror=\"window.__pwned = 2\"> <a href=\"javascript:window.__pwned=3\">click</a>";
        ArticleId hostile = corpus.importArticle(new ArticleDraft("hostile.txt", "<b onmouseover=alert(1)>Hostile</b>",
                "Evil <i>Outlet</i>", "javascript:alert(1)", LocalDate.of(2024, 1, 2), Map.of(), body)).articleId();
        claims.extract(hostile);

        openComparison(List.of(hostile, byOutlet("Newsmax")));

        WebElement column = driver.findElement(By.cssSelector("[data-article-id='" + hostile + "']"));
        assertThat(column.getText()).contains("<script>window.__pwned = 1</script>")
                .contains("<img src=x onerror=\"window.__pwned = 2\">").contains("<b onmouseover=alert(1)>Hostile</b>");
        assertThat(column.findElements(By.tagName("script"))).isEmpty();
        assertThat(column.findElements(By.tagName("img"))).isEmpty();
        assertThat(column.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        for (WebElement link : column.findElements(By.tagName("a"))) {
            link.click();
        }
        assertThat(driver.executeScript("return window.__pwned === undefined")).isEqualTo(true);
        screenshot("compare-hostile.png");
    }

    @Test
    void a_conflict_in_the_overview_opens_compare_with_its_group_selected() throws IOException {
        ArticleId ledger = report("Daily Ledger", 40);
        ArticleId courier = report("Morning Courier", 65);

        open("/conflicts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Morning Courier"));
        screenshot("conflicts.png");
        List<WebElement> open = driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='Compare']"));
        assertThat(open).as("one conflict, between the two market reports").hasSize(1);
        open.getFirst().click();

        wait.until(ExpectedConditions.urlContains("claim="));
        wait.until(d -> !selectedIn(ledger).isEmpty() && !selectedIn(courier).isEmpty());
        assertThat(driver.findElements(By.cssSelector("mark[data-selected]")))
                .allSatisfy(e -> assertThat(e.getAttribute("data-verdict")).isEqualTo("conflict"));
        screenshot("conflict-opened.png");
    }

    private ArticleId report(String outlet, int killed) {
        return TestArticles.marketStrikeReport(corpus, claims, outlet, killed);
    }
}
