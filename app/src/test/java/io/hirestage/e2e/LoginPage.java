package io.hirestage.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page, as a user sees it. */
final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name=username]")));
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    static LoginPage waitFor(WebDriver driver) {
        return new LoginPage(driver);
    }

    MainPage logInAs(String username, String password) {
        submit(username, password);
        return new MainPage(driver);
    }

    LoginPage logInExpectingFailure(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("error"));
        return new LoginPage(driver);
    }

    boolean showsError() {
        WebElement form = driver.findElement(By.cssSelector("vaadin-login-form"));
        return wait.until(d -> form.getDomAttribute("error") != null);
    }

    String demoNotice() {
        return driver.findElement(By.id("demo-notice")).getText();
    }

    private void submit(String username, String password) {
        type(By.cssSelector("vaadin-login-form input[name=username]"), username);
        type(By.cssSelector("vaadin-login-form input[name=password]"), password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /** Types until the field holds the text: a login form still starting up after a logout can drop keys typed into it. */
    private void type(By field, String text) {
        wait.until(d -> {
            WebElement input = d.findElement(field);
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }
}
