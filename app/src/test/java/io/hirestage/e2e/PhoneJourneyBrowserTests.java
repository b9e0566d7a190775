package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.security.DemoUsers;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A recruiter on a 390 × 844 phone finds a candidate, fixes a detail, opens their application and
 * writes a note mentioning the hiring manager, who finds it in their inbox and opens the candidate
 * from there. No page of the way is wider than the phone.
 */
@PortalOnRandomPort
class PhoneJourneyBrowserTests {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    PipelineFixture fixture;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aRecruiterEditsACandidateAndMentionsTheManagerWhoSeesItInTheirInbox() {
        OpeningView opening = fixture.opening();
        ApplicationView candidate = fixture.applicant(opening, "Phoebe");
        String name = candidate.candidateName();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        MainPage recruiter = LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);
        try {
            driver.get(baseUrl() + "/candidates");
            type(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field[placeholder^='Find by name'] input"))),
                    name);
            recruiter.screenshot("phone-candidates");
            assertFitsThePhone("the candidates list");
            click(wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .filter(cell -> cell.getText().trim().equals(name)).findFirst().orElse(null)));
            wait.until(d -> text("h2").equals(name));

            click(driver.findElement(By.id("edit-candidate")));
            type(wait.until(d -> field("vaadin-text-field", "Location")), "Lisbon");
            recruiter.screenshot("phone-edit-candidate");
            click(driver.findElement(By.id("save-candidate")));
            wait.until(d -> text("vaadin-vertical-layout").contains("Lisbon"));
            assertFitsThePhone("the candidate's profile");

            WebElement note = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#note textarea")));
            type(note, "@manager please look at her system design answers");
            click(driver.findElement(By.id("add-note")));
            wait.until(d -> text(".history").contains("Riley Recruiter · Note: @manager please look at her system design answers"));
            recruiter.screenshot("phone-note-added");
            assertFitsThePhone("the application with its history");
        } catch (RuntimeException | AssertionError e) {
            recruiter.screenshot("phone-journey-recruiter-failure");
            throw e;
        }

        MainPage manager = recruiter.logOut().logInAs("manager", DemoUsers.PASSWORD);
        try {
            WebElement bell = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-button")));
            assertThat(bell.getDomAttribute("aria-label")).matches("Inbox, \\d+ unread");
            click(bell);
            WebElement told = wait.until(d -> d.findElements(By.cssSelector(".inbox-item.unread")).stream()
                    .filter(item -> item.getText().contains("Riley Recruiter mentioned you in a note on " + name)).findFirst().orElse(null));
            manager.screenshot("phone-inbox");
            assertFitsThePhone("the inbox");
            click(told);
            wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog")).stream()
                    .anyMatch(dialog -> name.equals(dialog.getDomProperty("headerTitle"))));
            wait.until(d -> text(".history").contains("@manager please look at her system design answers"));
            manager.screenshot("phone-inbox-opened-application");
            assertFitsThePhone("the application opened from the inbox");
        } catch (RuntimeException | AssertionError e) {
            manager.screenshot("phone-journey-manager-failure");
            throw e;
        }
    }

    /**
     * Nothing pushes the page or a dialog sideways: no element reaches past the right edge of the
     * screen, except inside a grid or the board, whose columns scroll in their own box.
     */
    private void assertFitsThePhone(String where) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(where + " scrolls sideways by this many pixels").isLessThanOrEqualTo(0);
        Object wide = ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(element => !element.closest('vaadin-grid, #board'))
                    .filter(element => { const box = element.getBoundingClientRect(); return box.width > 0 && box.right > width + 1; })
                    .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : ''));
                """);
        assertThat((List<?>) wide).as(where + ": elements reaching past the right edge").isEmpty();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    private WebElement field(String tag, String label) {
        return driver.findElement(By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]//input"));
    }

    private static void type(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
