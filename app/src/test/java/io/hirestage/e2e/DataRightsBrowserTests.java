package io.hirestage.e2e;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.Stage;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.pipeline.VendorStepStatus;
import io.hirestage.pipeline.VendorSteps;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.Role;
import io.hirestage.security.RunAsSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin answers for candidates' data in real Chromium: downloads everything held about a candidate,
 * erases them at their request and sees the vendor erase them too, and sets a retention policy whose
 * run anonymises a rejected candidate past it.
 */
@PortalOnRandomPort
class DataRightsBrowserTests {

    private static final AssessmentTest BACKEND_LEAD = new AssessmentTest("backend-lead", "Backend Lead Developer skills test",
            Duration.ofMinutes(75), List.of("API design and system structuring"));

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ProviderConsole providers;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Candidates candidates;

    @Autowired
    Applications applications;

    @Autowired
    VendorSteps vendorSteps;

    @Autowired
    JdbcTemplate jdbc;

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
        wait.ignoring(StaleElementReferenceException.class);
        RunAsSystem.call(() -> providers.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "0")));
    }

    @AfterEach
    void sandboxBackToItsDefault() {
        RunAsSystem.call(() -> providers.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "")));
    }

    @Test
    void anAdminExportsACandidatesDataThenErasesThemAndTheVendorErasesThemToo() throws IOException, InterruptedException {
        CandidateSummary grace = rejectedAfterTheAssessment("Grace");
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs("admin", DemoUsers.PASSWORD);
        try {
            driver.get(baseUrl() + "/candidates/" + grace.id());
            WebElement export = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-candidate-data")));
            Map<String, String> zip = download(export.getDomAttribute("href"));
            assertThat(zip).containsKey("candidate.json");
            assertThat(zip.get("candidate.json")).contains(grace.fullName(), grace.email(), "\"atVendors\"", "\"vendorHolds\"");

            click(By.id("erase-candidate"));
            type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#erasure-reason input"))),
                    "The candidate asked by email");
            click(By.id("confirm-erasure"));
            String anonymous = "Erased candidate #" + grace.id();
            wait.until(d -> text("h2").equals(anonymous));
            // The vendor's erasure goes out in the background; the profile shows where it stands when opened again.
            new WebDriverWait(driver, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
                d.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vendor-erasures")));
                return text("#vendor-erasures").contains("Done");
            });
            assertThat(text("#vendor-erasures")).contains("sandbox-assessment", "Erasure of a candidate's assessments");
            assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(grace.fullName(), grace.email());
            assertThat(jdbc.queryForList("select payload from outbound_request where payload like ?", String.class,
                    "%" + grace.email() + "%")).as("requests still holding her address").isEmpty();
            main.screenshot("erased-candidate");
        } catch (RuntimeException | AssertionError e) {
            main.screenshot("erasure-failure");
            throw e;
        }
    }

    @Test
    void aRetentionPolicyAnAdminSetsAnonymisesARejectedCandidatePastItWhenItRuns() {
        CandidateSummary past = rejected("Ingrid", "IS");
        LocalDateTime eightMonthsAgo = LocalDateTime.now(ZoneOffset.UTC).minusMonths(8);
        jdbc.update("update application_event set at = ? where candidate_id = ?", eightMonthsAgo, past.id());
        jdbc.update("update candidate set created_at = ? where id = ?", eightMonthsAgo, past.id());
        CandidateSummary recent = rejected("Jon", "IS");
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs("admin", DemoUsers.PASSWORD);
        try {
            driver.get(baseUrl() + "/admin/privacy");
            click(By.id("add-retention-policy"));
            WebElement country = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#policy-country input")));
            type(country, "Iceland");
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., 'Iceland')]"))).click();
            click(By.id("save-retention-policy"));
            wait.until(d -> text("#retention-policies").contains("Iceland"));

            click(By.id("run-retention"));
            wait.until(d -> text("#retention-runs").contains("Candidate #" + past.id() + ": erased (retention policy for Iceland"));
            assertThat(text("#retention-runs")).doesNotContain("Candidate #" + recent.id() + ":");

            driver.get(baseUrl() + "/candidates/" + past.id());
            wait.until(d -> text("h2").equals("Erased candidate #" + past.id()));
            driver.get(baseUrl() + "/candidates/" + recent.id());
            wait.until(d -> text("h2").equals(recent.fullName()));
        } catch (RuntimeException | AssertionError e) {
            main.screenshot("retention-failure");
            throw e;
        }
    }

    private CandidateSummary rejectedAfterTheAssessment(String name) {
        CandidateSummary candidate = candidate(name, "GB");
        ApplicationView added = as("recruiter", Role.RECRUITER, () -> applications.add(candidate.id(), fixture.opening().id()));
        ApplicationView inAssessment = as("recruiter", Role.RECRUITER, () -> applications.move(added.id(), added.version(),
                Stage.SKILLS_ASSESSMENT));
        as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(inAssessment.id(), BACKEND_LEAD));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as("recruiter", Role.RECRUITER,
                () -> vendorSteps.forApplication(inAssessment.id())).getFirst().status() == VendorStepStatus.COMPLETED);
        ApplicationView current = as("recruiter", Role.RECRUITER, () -> applications.find(inAssessment.id()));
        as("recruiter", Role.RECRUITER, () -> applications.reject(current.id(), current.version(), "Not a fit"));
        return candidate;
    }

    private CandidateSummary rejected(String name, String country) {
        CandidateSummary candidate = candidate(name, country);
        ApplicationView added = as("recruiter", Role.RECRUITER, () -> applications.add(candidate.id(), fixture.opening().id()));
        as("recruiter", Role.RECRUITER, () -> applications.reject(added.id(), added.version(), "Not a fit"));
        return candidate;
    }

    private CandidateSummary candidate(String name, String country) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(name + " " + UUID.randomUUID().toString().substring(0, 6));
        draft.setEmail(UUID.randomUUID() + "@example.org");
        draft.setChannel(SourcingChannel.LINKEDIN);
        draft.setCountry(country);
        return as("recruiter", Role.RECRUITER, () -> candidates.add(draft, true));
    }

    /** Downloads what the link serves with the browser's session, as the browser would save it, and reads the zip. */
    private Map<String, String> download(String href) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        URI uri = URI.create(baseUrl() + "/").resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("candidate-").contains("-data.zip"));
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private void click(By locator) {
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement element = d.findElement(locator);
            // Into the middle of the window: at its bottom edge a toast may cover it.
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    private static void type(WebElement input, String value) {
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
