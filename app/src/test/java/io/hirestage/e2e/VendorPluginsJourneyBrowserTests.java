package io.hirestage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hirestage.PortalOnRandomPort;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.jobrole.StageSettings;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.security.DemoUsers;
import io.hirestage.security.RunAsSystem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A candidate through the skills assessment and the one-way video interview served by the real vendor
 * plugins (assessment-partner-api, video-oneway-webhook) in real Chromium, with both vendors running
 * as small HTTP servers that speak their documented APIs: the partner vendor calls the invitation's
 * callback URL when the test is done, the video vendor sends a signed webhook when the answers are
 * rated, and each score arrives on the open board without a reload.
 */
@PortalOnRandomPort
class VendorPluginsJourneyBrowserTests {

    private static final String PARTNER_KEY = "partner-key-" + UUID.randomUUID();
    private static final String VIDEO_KEY = "video-key-" + UUID.randomUUID();
    private static final String SIGNING_SECRET = "whsec-" + UUID.randomUUID();
    private static final Pattern CALLBACK_URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

    private static WebDriver driver;
    private static HttpServer vendors;
    /** The partner vendor's interviews: id to the callback URL the portal gave, and whether the test is done. */
    private static final Map<String, String> callbacks = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> testsDone = new ConcurrentHashMap<>();
    /** The video vendor's participants: id to the deadline the portal set, and whether the answers are rated. */
    private static final Map<String, String> participants = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> rated = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    ProviderConsole providers;

    @Autowired
    PipelineTemplates templates;

    private List<StageSettings> templateBefore;
    private JobRoleView role;

    @BeforeAll
    static void startBrowserAndVendors() throws IOException {
        vendors = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vendors.createContext("/partner/list_tests", exchange -> partner(exchange,
                "[{\"partner_test_id\": \"java\", \"partner_test_name\": \"Java backend\"}]"));
        vendors.createContext("/partner/send_test", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher callback = CALLBACK_URL.matcher(body);
            String id = "pi-" + UUID.randomUUID();
            callbacks.put(id, callback.find() ? callback.group(1) : "");
            testsDone.put(id, false);
            partner(exchange, "{\"partner_interview_id\": \"" + id + "\"}");
        });
        vendors.createContext("/partner/test_status", exchange -> {
            String id = exchange.getRequestURI().getQuery().replace("partner_interview_id=", "");
            partner(exchange, testsDone.getOrDefault(id, false)
                    ? "{\"partner_status\": \"complete\", \"partner_score\": 87, \"partner_profile_url\": \"https://vendor.example/reports/"
                            + id + "\", \"metadata\": {}}"
                    : "{\"partner_status\": \"sent\", \"metadata\": {}}");
        });
        vendors.createContext("/oneway/participants", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Matcher deadline = Pattern.compile("\"deadline\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                String id = "p_" + UUID.randomUUID().toString().replace("-", "");
                participants.put(id, deadline.find() ? deadline.group(1) : Instant.now().plus(5, ChronoUnit.DAYS).toString());
                rated.put(id, false);
                video(exchange, 201, participant(id));
            } else {
                String id = exchange.getRequestURI().getPath().substring("/oneway/participants/".length());
                video(exchange, participants.containsKey(id) ? 200 : 404,
                        participants.containsKey(id) ? participant(id) : "{\"detail\": \"Not found\"}");
            }
        });
        vendors.start();
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowserAndVendors() {
        if (driver != null) {
            driver.quit();
        }
        vendors.stop(0);
    }

    @BeforeEach
    void theRealPluginsServeTheVendorStages() {
        String vendorsAt = "http://127.0.0.1:" + vendors.getAddress().getPort();
        RunAsSystem.call(() -> {
            providers.saveSettings("assessment-partner-api", Map.of("baseUrl", vendorsAt + "/partner/", "apiKey", PARTNER_KEY));
            providers.saveSettings("video-oneway-webhook", Map.of("baseUrl", vendorsAt + "/oneway/", "apiKey", VIDEO_KEY,
                    "templateId", "tpl-backend", "signingSecret", SIGNING_SECRET));
            // New openings take the first job role, as the form suggests it.
            role = templates.jobRoles().getFirst();
            templateBefore = templates.template(role.id());
            List<StageSettings> served = templateBefore.stream().map(stage -> switch (stage.stage()) {
                case SKILLS_ASSESSMENT -> withProvider(stage, "assessment-partner-api");
                case VIDEO_INTERVIEW -> withProvider(stage, "video-oneway-webhook");
                default -> stage;
            }).toList();
            return templates.saveTemplate(role.id(), role.version(), served);
        });
    }

    @AfterEach
    void theSandboxesServeAgain() {
        RunAsSystem.call(() -> templates.saveTemplate(role.id(), templates.jobRoles().stream()
                .filter(each -> each.id().equals(role.id())).findFirst().orElseThrow().version(), templateBefore));
    }

    @Test
    void aCandidateIsAssessedAndInterviewedByTheVendorsAndBothScoresReachTheBoard() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String opening = "Backend Lead (Vendors " + marker + ")";
        String candidate = "Grace Hopper " + marker;
        MainPage main = LoginPage.open(driver, baseUrl()).logInAs("recruiter", DemoUsers.PASSWORD);
        RecruiterSteps recruiter = new RecruiterSteps(driver, baseUrl());
        try {
            recruiter.openAPosition(opening);
            recruiter.addCandidate(candidate, "grace." + marker + "@example.org");
            recruiter.addToOpening(opening);
            recruiter.openBoard(opening);
            recruiter.move(candidate, "SOURCING", "RESUME_SCREENING");
            recruiter.move(candidate, "RESUME_SCREENING", "SKILLS_ASSESSMENT");

            recruiter.sendAssessment(candidate, "Java backend");
            recruiter.wait.until(d -> recruiter.cardsIn("SKILLS_ASSESSMENT").contains("Assessment: invited"));
            // The candidate finishes the test; the vendor calls the invitation's callback URL, as the partner API does.
            String interview = callbacks.keySet().stream().filter(id -> !testsDone.get(id)).findFirst().orElseThrow();
            testsDone.put(interview, true);
            assertThat(callVendorsWay("PATCH", callbacks.get(interview), "{\"status\": \"complete\"}", Map.of()))
                    .as("the callback is taken").isEqualTo(202);
            recruiter.wait.until(d -> recruiter.cardsIn("SKILLS_ASSESSMENT").matches("(?s).*" + candidate + ".*Assessment 87 %.*"));

            recruiter.move(candidate, "SKILLS_ASSESSMENT", "VIDEO_INTERVIEW");
            recruiter.sendVideoInterview(candidate);
            recruiter.wait.until(d -> recruiter.cardsIn("VIDEO_INTERVIEW").contains("Video interview: invited"));
            // The candidate records the answers and the vendor's reviewers rate them: 4 of 5 is 80 %.
            String participant = rated.keySet().stream().filter(id -> !rated.get(id)).findFirst().orElseThrow();
            rated.put(participant, true);
            byte[] webhook = ("{\"event_id\": \"evt-" + UUID.randomUUID() + "\", \"event_type\": \"participant.rated\", \"sent_at\": \""
                    + Instant.now() + "\", \"participant\": {\"id\": \"" + participant + "\"}}").getBytes(StandardCharsets.UTF_8);
            assertThat(callVendorsWay("POST", baseUrl() + "/hooks/video-oneway-webhook", new String(webhook, StandardCharsets.UTF_8),
                    Map.of("X-Webhook-Signature", "sha256=" + hmac(webhook)))).as("the signed webhook is taken").isBetween(200, 299);
            recruiter.wait.until(d -> recruiter.cardsIn("VIDEO_INTERVIEW").matches("(?s).*" + candidate + ".*Video interview 80 %.*"));
            main.screenshot("vendor-journey-board");
        } catch (RuntimeException | AssertionError e) {
            main.screenshot("vendor-journey-failure");
            throw e;
        }
    }

    /** A call as the vendor makes it, to the portal on this test's port whatever public address it gave. */
    private int callVendorsWay(String method, String url, String body, Map<String, String> headers) throws Exception {
        URI given = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + given.getRawPath()))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static StageSettings withProvider(StageSettings stage, String providerId) {
        return new StageSettings(stage.stage(), true, providerId, stage.roles(), stage.skippable(), stage.alertAfterDays());
    }

    private static String participant(String id) {
        String common = "\"id\": \"" + id + "\", \"invite_url\": \"https://interview.vendor.example/i/" + id + "\", \"expires_at\": \""
                + participants.get(id) + "\"";
        return rated.getOrDefault(id, false)
                ? "{" + common + ", \"status\": \"rated\", \"responses\": [{\"question\": \"Tell us about an outage you led\", "
                        + "\"media_url\": \"https://media.vendor.example/" + id + "/1.mp4\", \"transcript\": \"We rolled back first.\"}], "
                        + "\"score\": 4, \"ratings\": []}"
                : "{" + common + ", \"status\": \"invited\"}";
    }

    private static void partner(HttpExchange exchange, String json) throws IOException {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((PARTNER_KEY + ":").getBytes(StandardCharsets.UTF_8));
        respond(exchange, basic.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 200 : 401, json);
    }

    private static void video(HttpExchange exchange, int status, String json) throws IOException {
        respond(exchange, ("Bearer " + VIDEO_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization")) ? status : 401, json);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static String hmac(byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
