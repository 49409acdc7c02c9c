package com.crosscheck;

import com.crosscheck.claims.ClaimService;
import com.crosscheck.claims.StoredClaim;
import com.crosscheck.corpus.ArticleId;
import com.crosscheck.corpus.CorpusService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst's review in a real browser: saved from the Compare panel, still there after a reload, with its author. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:annotation-it;DB_CLOSE_DELAY=-1")
class AnnotationIT extends BrowserTest {

    @Autowired
    CorpusService corpus;
    @Autowired
    ClaimService claims;

    @Test
    void a_claim_marked_disputed_with_a_note_is_still_there_after_a_reload_with_the_authors_name() throws IOException {
        ArticleId newsmax = TestArticles.byOutlet(corpus, "Newsmax");
        ArticleId worldToday = TestArticles.byOutlet(corpus, "World Today News");
        StoredClaim eleventh = claims.claimsOf(newsmax).stream().filter(c -> c.claim().text().equals("11th"))
                .findFirst().orElseThrow();
        String mark = "mark[data-claim-id='" + eleventh.id() + "']";
        open("/compare/" + worldToday + "," + newsmax);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(mark))).click();

        WebElement status = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".review-form vaadin-select")));
        status.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='Disputed']"))).click();
        driver.findElement(By.cssSelector(".review-form vaadin-text-area textarea"))
                .sendKeys("Newsmax counts trips to the region, not to Israel.");
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Save review']")).click();
        wait.until(d -> !d.findElements(By.cssSelector(mark + "[data-review='disputed']")).isEmpty());

        driver.navigate().refresh();

        WebElement meta = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-form .review-meta")));
        assertThat(meta.getText()).contains("Last saved by admin");
        assertThat(driver.findElement(By.cssSelector(".review-form vaadin-text-area textarea")).getDomProperty("value"))
                .isEqualTo("Newsmax counts trips to the region, not to Israel.");
        assertThat(driver.findElement(By.cssSelector(".review-form vaadin-select")).getText()).contains("Disputed");
        assertThat(driver.findElement(By.cssSelector(mark)).getAttribute("data-review")).isEqualTo("disputed");
        assertThat(driver.findElement(By.cssSelector(".history-list")).getText()).contains("History (1)");
        screenshot("annotation-review.png");
    }
}
