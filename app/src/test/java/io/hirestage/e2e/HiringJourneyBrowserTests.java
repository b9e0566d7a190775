package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.RunAsSystem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A recruiter's day in real Chromium: opens a position, adds a candidate with a PDF resume, puts them
 * in the opening, drags them across the board, sends the sandbox assessment and sees the score
 * arrive on the card without reloading.
 */
@PortalOnRandomPort
class HiringJourneyBrowserTests {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ProviderConsole providers;

    private WebDriverWait wait;

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

    @BeforeEach
    void theSandboxFinishesAtOnce() {
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Live updates redraw the board and panel while a test reads them; reading again is what a person would do.
        wait.ignoring(StaleElementReferenceException.class);
        RunAsSystem.call(() -> providers.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "0")));
    }

    @AfterEach
    void sandboxBackToItsDefault() {
        RunAsSystem.call(() -> providers.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "")));
    }

    @Test
    void aRecruiterTakesACandidateFromAddedToAssessedOnTheBoard() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String opening = "Backend Lead (Journey " + marker + ")";
        String candidate = "Margaret Hamilton " + marker;
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);
        try {
            journey(main, opening, candidate, marker);
        } catch (RuntimeException | AssertionError e) {
            main.screenshot("journey-failure");
            throw e;
        }
    }

    private void journey(MainPage main, String opening, String candidate, String marker) throws IOException {
        openAPosition(opening);
        addCandidate(candidate, "margaret." + marker + "@example.org");
        uploadResume(pdfResume("Apollo guidance software lead. Distributed systems understanding."));
        // The text read from the PDF shows as the role's skills it mentions.
        assertThat(text("#resume")).contains("margaret-hamilton.pdf", "mentions 1 of 5 skills: Distributed systems understanding");
        addToOpening(opening);

        openBoard(opening);
        assertThat(cardsIn("SOURCING")).contains(candidate);
        drag(candidate, "SOURCING", "RESUME_SCREENING");
        wait.until(d -> cardsIn("RESUME_SCREENING").contains(candidate));
        drag(candidate, "RESUME_SCREENING", "SKILLS_ASSESSMENT");
        wait.until(d -> cardsIn("SKILLS_ASSESSMENT").contains(candidate));
        assertThat(cardsIn("SOURCING")).doesNotContain(candidate);

        sendAssessment(candidate);
        // No reload: the score is pushed to the open board when the sandbox's result is in.
        wait.until(d -> cardsIn("SKILLS_ASSESSMENT").matches("(?s).*" + candidate + ".*Assessment \\d{1,3} %.*"));
        main.screenshot("journey-board-with-score");
    }

    private void openAPosition(String title) {
        driver.get(baseUrl() + "/openings");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-opening"))).click();
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#opening-title input"))), title);
        type(field("vaadin-text-field", "Location"), "London");
        choose(field("vaadin-combo-box", "Hiring manager"), "Morgan Manager");
        driver.findElement(By.id("save-opening")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-opening")));
        wait.until(d -> text("vaadin-grid").contains(title));
    }

    private void addCandidate(String name, String email) {
        driver.get(baseUrl() + "/candidates");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-candidate"))).click();
        type(wait.until(d -> field("vaadin-text-field", "Full name")), name);
        type(field("vaadin-email-field", "Email"), email);
        choose(field("vaadin-combo-box", "Source"), "GitHub contributors");
        driver.findElement(By.id("save-candidate")).click();
        wait.until(d -> text("h2").equals(name));
    }

    private void uploadResume(Path pdf) {
        WebElement upload = driver.findElement(By.tagName("vaadin-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> text("#resume").contains(pdf.getFileName().toString()));
    }

    private void addToOpening(String title) {
        choose(driver.findElement(By.cssSelector("#add-to-opening input")), title);
        click(By.id("add-application"));
        wait.until(d -> text("#applications").contains(title + " · Sourcing · Active"));
    }

    private void openBoard(String title) {
        driver.get(baseUrl() + "/openings");
        wait.until(d -> text("vaadin-grid").contains(title));
        driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().filter(cell -> cell.getText().trim().equals(title))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage-column[data-stage=SOURCING]")));
    }

    /** The text of the cards in a stage's column. */
    private String cardsIn(String stage) {
        return driver.findElements(By.cssSelector(".stage-column[data-stage=" + stage + "] .board-card")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
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

    private void sendAssessment(String name) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                        By.cssSelector(".stage-column[data-stage=SKILLS_ASSESSMENT] .board-card")).stream()
                .filter(card -> card.getText().contains(name)).findFirst()
                .map(card -> {
                    card.click();
                    return true;
                }).orElse(false));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("send-invitation"))).click();
        WebElement test = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-test")));
        wait.until(d -> test.getDomAttribute("disabled") == null);
        test.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'Backend Lead Developer skills test')]")))
                .click();
        driver.findElement(By.id("confirm-send")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-send")));
        // The panel redraws when the vendor's answer arrives, which may be while the buttons are read.
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(button -> button.getText().trim().equals("Close")).findFirst()
                .map(button -> {
                    button.click();
                    return true;
                }).orElse(false));
    }

    /** Clicks once nothing lies over the element any more (a closing overlay, a notification). */
    private void click(By locator) {
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    private WebElement field(String tag, String label) {
        return driver.findElement(By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]//input"));
    }

    /** Types into a combo box and picks the item once the server's filtered items are shown. */
    private void choose(WebElement input, String item) {
        type(input, item);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + item + "')]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-combo-box-item")));
    }

    /** Replaces what the field holds (a form may suggest a value) with what a person types. */
    private static void type(WebElement input, String value) {
        // Into the middle of the window: at its bottom edge the last toast may still cover it.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static Path pdfResume(String line) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            Path file = Files.createTempDirectory("hirestage-journey").resolve("margaret-hamilton.pdf");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
