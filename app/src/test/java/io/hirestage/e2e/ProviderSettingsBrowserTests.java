package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.security.DemoUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin sets up the pay bands plugin in the console in real Chromium: uploads the CSV file exported
 * from a spreadsheet, is told row by row what is wrong with a bad one (and nothing is saved), and sees
 * the good one loaded by Test connection.
 */
@PortalOnRandomPort
class ProviderSettingsBrowserTests {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anAdminUploadsPayBandsAndABadRowIsNamedBeforeAnythingIsSaved() throws IOException {
        MainPage main = LoginPage.open(driver, "http://localhost:" + port).logInAs("admin", DemoUsers.PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        try {
            driver.get("http://localhost:" + port + "/admin/providers/salary-pay-bands");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-setting=bandsFile] vaadin-upload")));

            upload(file("bad-bands.csv", """
                    level,location,currency,min,mid,max
                    senior,US,USD,130000,152000,175000
                    lead,US,USD,200000,190000,250000
                    """));
            wait.until(d -> d.findElement(By.cssSelector("[data-setting=bandsFile]")).getText().contains("bad-bands.csv uploaded: 3 lines"));
            driver.findElement(By.id("save-settings")).click();
            WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings-refused")));
            assertThat(refused.getText()).contains("so they were not saved").contains("Row 3");

            upload(file("pay-bands.csv", """
                    level,location,currency,min,mid,max
                    senior,US,USD,130000,152000,175000
                    lead,US,USD,170000,190000,250000
                    """));
            wait.until(d -> d.findElement(By.cssSelector("[data-setting=bandsFile]")).getText().contains("pay-bands.csv uploaded"));
            driver.findElement(By.id("save-settings")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("settings-refused")));
            wait.until(d -> d.findElement(By.cssSelector("[data-setting=bandsFile]")).getText().contains("pay-bands.csv is in use: 3 lines"));
            // Vaadin does not send a component that was hidden from the start, so there may be no element at all.
            wait.until(d -> d.findElements(By.id("setup-problem")).stream().noneMatch(WebElement::isDisplayed));

            driver.findElement(By.id("test-connection")).click();
            wait.until(d -> d.findElement(By.id("connection-result")).getText().startsWith("Connected: 2 pay bands loaded"));
            main.screenshot("pay-bands-loaded");
        } catch (RuntimeException | AssertionError e) {
            main.screenshot("pay-bands-failure");
            throw e;
        }
    }

    private void upload(Path file) {
        WebElement upload = driver.findElement(By.cssSelector("[data-setting=bandsFile] vaadin-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("hirestage-bands").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
