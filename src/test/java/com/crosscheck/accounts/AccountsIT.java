package com.crosscheck.accounts;

import com.crosscheck.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and managing users in a real browser. */
class AccountsIT extends BrowserTest {

    @Autowired
    private UserService users;

    @Override
    protected boolean signInFirst() {
        return false;
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws IOException {
        signIn("admin", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> form.getDomProperty("error").equals("true"));
        assertThat(errorText()).contains("Incorrect username or password");
        screenshot("login-error.png");

        open("/conflicts");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void an_admin_signs_in_sees_users_and_creates_a_user() throws IOException {
        signIn("admin", adminPassword);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "5 articles"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        WebElement header = driver.findElement(By.cssSelector(".app-user"));
        assertThat(header.getText()).contains("admin").containsIgnoringCase("Admin").contains("Sign out");
        driver.findElement(By.xpath("//a[contains(@class,'app-nav-link') and normalize-space(.)='Users']")).click();

        wait.until(ExpectedConditions.urlMatches("/users$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "admin"));
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='New user']")).click();
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-text-field[label[normalize-space(.)='Username']]//input")));
        username.sendKeys("browser.analyst");
        driver.findElement(By.xpath("//vaadin-password-field[label[normalize-space(.)='Password']]//input")).sendKeys("analyst-password");
        screenshot("new-user.png");
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Create']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "browser.analyst"));
        assertThat(users.find("browser.analyst")).map(UserAccount::role).contains(Role.ANALYST);
        screenshot("users.png");

        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_viewer_sees_no_users_menu_and_is_signed_out_when_disabled() throws Exception {
        api("POST", "/api/users", "{\"username\":\"browser.viewer\",\"password\":\"viewer-password\",\"role\":\"VIEWER\"}", 201);
        signIn("browser.viewer", "viewer-password");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "5 articles"));
        assertThat(driver.findElement(By.cssSelector(".app-user")).getText()).contains("browser.viewer").containsIgnoringCase("Viewer");
        assertThat(driver.findElements(By.cssSelector(".app-nav-link"))).extracting(WebElement::getText)
                .contains("Articles", "Conflicts").doesNotContain("Users");

        api("PATCH", "/api/users/browser.viewer", "{\"enabled\":false}", 200);
        open("/conflicts");

        wait.until(ExpectedConditions.urlContains("/login"));
        signIn("browser.viewer", "viewer-password");
        wait.until(ExpectedConditions.urlContains("/login?error"));
    }

    /** Calls the users API as admin and checks the status. */
    private void api(String method, String path, String json, int status) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    /** The login form's error title and message, which sit in its shadow DOM. */
    private String errorText() {
        Object text = driver.executeScript("""
                const form = document.querySelector('vaadin-login-form');
                const wrapper = form.shadowRoot ? form.shadowRoot.querySelector('vaadin-login-form-wrapper') : null;
                const root = wrapper && wrapper.shadowRoot ? wrapper.shadowRoot : (form.shadowRoot || form);
                const error = root.querySelector('[part="error-message"]');
                return error ? error.innerText : form.innerText;""");
        return String.valueOf(text);
    }
}
