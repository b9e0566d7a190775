package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.security.DemoUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A recruiter works the board with the keyboard alone: opens a card, closes it, moves it to another stage. */
@PortalOnRandomPort
class BoardKeyboardBrowserTests {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    PipelineFixture fixture;

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
    void aCardIsOpenedClosedAndMovedWithoutAMouse() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);
        driver.get(baseUrl() + "/openings/" + opening.id() + "/board");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage-column[data-stage=SOURCING] .board-card")));
        String card = "[data-application='" + ada.id() + "']";
        try {
            // Tab through the page to the card, as a keyboard user does.
            tabUntil(".board-card" + card, 60);
            press(Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog")).stream()
                    .anyMatch(dialog -> ada.candidateName().equals(dialog.getDomProperty("headerTitle"))));
            main.screenshot("board-keyboard-panel");

            press(Keys.ESCAPE);
            wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
            wait.until(d -> Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0])", ".board-card" + card)));

            press(Keys.TAB);
            assertThat(script("return document.activeElement.matches(arguments[0])", card + " .card-move"))
                    .as("the card's Move button is the next stop").isEqualTo(true);
            press(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[data-stage=RESUME_SCREENING]")));
            tabUntil("vaadin-button[data-stage=RESUME_SCREENING]", 15);
            press(Keys.ENTER);

            wait.until(d -> !d.findElements(By.cssSelector(".stage-column[data-stage=RESUME_SCREENING] .board-card" + card)).isEmpty());
            WebElement landed = driver.findElement(By.cssSelector(".stage-column[data-stage=RESUME_SCREENING] .board-card" + card));
            assertThat(landed.getDomAttribute("class")).as("marked where it landed").contains("landed");
            assertThat(driver.findElements(By.cssSelector(".stage-column[data-stage=SOURCING] .board-card" + card))).isEmpty();
            main.screenshot("board-keyboard-moved");
        } catch (RuntimeException | AssertionError e) {
            main.screenshot("board-keyboard-failure");
            throw e;
        }
    }

    private void tabUntil(String selector, int most) {
        for (int i = 0; i < most; i++) {
            press(Keys.TAB);
            if (Boolean.TRUE.equals(script("return document.activeElement && document.activeElement.matches(arguments[0])", selector))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + "; focus is on "
                + script("return document.activeElement && document.activeElement.outerHTML.substring(0, 200)"));
    }

    private static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
