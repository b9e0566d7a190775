package io.hirestage.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a recruiter does in the browser on the way to a vendor stage: open a position, add a candidate,
 * put them in the opening, move their card across the board and send the stage's invitation. Shared
 * by the journeys, so each reads as the story it tells.
 */
final class RecruiterSteps {

    private final WebDriver driver;
    private final String baseUrl;
    final WebDriverWait wait;

    RecruiterSteps(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Live updates redraw the board and panel while a test reads them; reading again is what a person would do.
        wait.ignoring(StaleElementReferenceException.class);
    }

    void openAPosition(String title) {
        driver.get(baseUrl + "/openings");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-opening"))).click();
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#opening-title input"))), title);
        type(field("vaadin-text-field", "Location"), "London");
        choose(field("vaadin-combo-box", "Hiring manager"), "Morgan Manager");
        driver.findElement(By.id("save-opening")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-opening")));
        wait.until(d -> text("vaadin-grid").contains(title));
    }

    void addCandidate(String name, String email) {
        driver.get(baseUrl + "/candidates");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-candidate"))).click();
        type(wait.until(d -> field("vaadin-text-field", "Full name")), name);
        type(field("vaadin-email-field", "Email"), email);
        choose(field("vaadin-combo-box", "Source"), "GitHub contributors");
        driver.findElement(By.id("save-candidate")).click();
        wait.until(d -> text("h2").equals(name));
    }

    void addToOpening(String title) {
        choose(driver.findElement(By.cssSelector("#add-to-opening input")), title);
        click(By.id("add-application"));
        wait.until(d -> text("#applications").contains(title + " · Sourcing · Active"));
    }

    void openBoard(String title) {
        driver.get(baseUrl + "/openings");
        wait.until(d -> text("vaadin-grid").contains(title));
        driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().filter(cell -> cell.getText().trim().equals(title))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage-column[data-stage=SOURCING]")));
    }

    /** The text of the cards in a stage's column. */
    String cardsIn(String stage) {
        return driver.findElements(By.cssSelector(".stage-column[data-stage=" + stage + "] .board-card")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
    }

    /** Drags the card and waits until it shows in the other column. */
    void move(String name, String fromStage, String toStage) {
        drag(name, fromStage, toStage);
        wait.until(d -> cardsIn(toStage).contains(name));
    }

    /**
     * Drags a card to another column the way a browser does (dragstart on the card, dragover and drop
     * on the other column): WebDriver cannot drive HTML5 drag and drop itself.
     */
    private void drag(String name, String fromStage, String toStage) {
        ((JavascriptExecutor) driver).executeScript("""
                const [name, from, to] = arguments;
                const source = document.querySelector(`.stage-column[data-stage=${from}]`);
                const target = document.querySelector(`.stage-column[data-stage=${to}]`);
                const card = [...source.querySelectorAll('.board-card')].find(c => c.textContent.includes(name));
                const data = new DataTransfer();
                const at = (element) => { const r = element.getBoundingClientRect(); return {clientX: r.x + r.width / 2, clientY: r.y + r.height / 2}; };
                const event = (type, element) => new DragEvent(type, {bubbles: true, composed: true, cancelable: true, dataTransfer: data, ...at(element)});
                card.dispatchEvent(event('dragstart', card));
                target.dispatchEvent(event('dragenter', target));
                target.dispatchEvent(event('dragover', target));
                target.dispatchEvent(event('drop', target));
                card.dispatchEvent(event('dragend', card));
                """, name, fromStage, toStage);
    }

    /** Opens the candidate's card in a stage's column and the stage's "Send …" dialog. */
    void openSendDialog(String name, String stage) {
        wait.until(d -> d.findElements(By.cssSelector(".stage-column[data-stage=" + stage + "] .board-card")).stream()
                .filter(card -> card.getText().contains(name)).findFirst()
                .map(card -> {
                    card.click();
                    return true;
                }).orElse(false));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send-invitation"))).click();
    }

    /** Sends the assessment dialog's chosen test. */
    void sendAssessment(String name, String test) {
        openSendDialog(name, "SKILLS_ASSESSMENT");
        WebElement tests = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-test")));
        wait.until(d -> tests.getDomAttribute("disabled") == null);
        tests.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '" + test + "')]"))).click();
        confirmAndClosePanel();
    }

    /** Sends the video interview dialog with the questions it suggests. */
    void sendVideoInterview(String name) {
        openSendDialog(name, "VIDEO_INTERVIEW");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("video-questions")));
        confirmAndClosePanel();
    }

    private void confirmAndClosePanel() {
        driver.findElement(By.id("confirm-send")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-send")));
        // The panel redraws when the vendor's answer arrives, which may be while the buttons are read.
        wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().trim().equals("Close")).findFirst()
                .map(button -> {
                    button.click();
                    return true;
                }).orElse(false));
    }

    /** Clicks once nothing lies over the element any more (a closing overlay, a notification). */
    void click(By locator) {
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    WebElement field(String tag, String label) {
        return driver.findElement(By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]//input"));
    }

    /** Types into a combo box and picks the item once the server's filtered items are shown. */
    void choose(WebElement input, String item) {
        type(input, item);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + item + "')]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-combo-box-item")));
    }

    /** Replaces what the field holds (a form may suggest a value) with what a person types. */
    void type(WebElement input, String value) {
        // Into the middle of the window: at its bottom edge the last toast may still cover it.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
