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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    private RecruiterSteps recruiter;

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
        recruiter = new RecruiterSteps(driver, baseUrl());
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
        recruiter.openAPosition(opening);
        recruiter.addCandidate(candidate, "margaret." + marker + "@example.org");
        uploadResume(pdfResume("Apollo guidance software lead. Distributed systems understanding."));
        // The text read from the PDF shows as the role's skills it mentions.
        assertThat(recruiter.text("#resume")).contains("margaret-hamilton.pdf", "mentions 1 of 5 skills: Distributed systems understanding");
        recruiter.addToOpening(opening);

        recruiter.openBoard(opening);
        assertThat(recruiter.cardsIn("SOURCING")).contains(candidate);
        recruiter.move(candidate, "SOURCING", "RESUME_SCREENING");
        recruiter.move(candidate, "RESUME_SCREENING", "SKILLS_ASSESSMENT");
        assertThat(recruiter.cardsIn("SOURCING")).doesNotContain(candidate);

        recruiter.sendAssessment(candidate, "Backend Lead Developer skills test");
        // No reload: the score is pushed to the open board when the sandbox's result is in.
        recruiter.wait.until(d -> recruiter.cardsIn("SKILLS_ASSESSMENT").matches("(?s).*" + candidate + ".*Assessment \\d{1,3} %.*"));
        main.screenshot("journey-board-with-score");
    }

    private void uploadResume(Path pdf) {
        WebElement upload = driver.findElement(By.tagName("vaadin-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(pdf.toAbsolutePath().toString());
        recruiter.wait.until(d -> recruiter.text("#resume").contains(pdf.getFileName().toString()));
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
