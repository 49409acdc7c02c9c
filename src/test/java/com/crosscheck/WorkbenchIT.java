package com.crosscheck;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path in a real browser: list the corpus, pick two articles, read them side by side. */
class WorkbenchIT extends BrowserTest {

    @Test
    void lists_the_corpus_and_compares_two_articles_side_by_side() throws IOException {
        open("/");

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
}
