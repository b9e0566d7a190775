package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.security.DemoUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A wrong or forbidden address typed or followed in the browser gets a page that says so, not an empty error. */
@PortalOnRandomPort
class ErrorPagesBrowserTests {

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
    void anUnknownAddressLoadedInFullSaysPageNotFoundWithAWayBack() {
        LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);

        driver.get(baseUrl() + "/no-such-page/anywhere");

        assertThat(heading()).isEqualTo("Page not found");
        assertThat(driver.findElement(By.id("error-message")).getText()).contains("nothing at this address");
        driver.findElement(By.linkText("Back to the start")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("main-navigation")));
    }

    @Test
    void aViewTheRoleMayNotOpenSaysSoInsteadOfShowingIt() {
        LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);

        driver.get(baseUrl() + "/admin/users");

        assertThat(heading()).isEqualTo("Not allowed");
        assertThat(driver.findElement(By.id("error-message")).getText()).contains("your role");
        assertThat(driver.findElements(By.cssSelector("vaadin-grid"))).as("no list of users").isEmpty();
    }

    @Test
    void anUnknownAddressBeforeLoggingInLeadsToTheLoginPage() {
        driver.manage().deleteAllCookies();

        driver.get(baseUrl() + "/no-such-page");

        LoginPage.waitFor(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    private String heading() {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h2"))).getText();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
