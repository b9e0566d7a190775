package io.hirestage.plugin;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.hirestage.PortalOnRandomPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Vendors' webhooks over real HTTP, signed as the sandbox vendor documents it: HMAC-SHA256 of the
 * raw body in {@code X-Sandbox-Signature: sha256=<hex>}.
 */
@PortalOnRandomPort
@WithMockUser(username = "admin", roles = "ADMIN")
class WebhookIntakeTests {

    private static final String SECRET = "whsec-intake-test";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ProviderConsole console;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theSandboxSignsWithAKnownSecret() {
        console.saveSettings("sandbox-assessment", Map.of("webhookSecret", SECRET));
    }

    @Test
    void aSignedEventIsAcceptedOnceAndAReplayIsAcknowledgedAndIgnored() throws Exception {
        String eventId = "evt-" + UUID.randomUUID();
        String body = "event_id=" + eventId + "&invitation_id=sbx-42&type=assessment.completed";

        HttpResponse<String> first = post("sandbox-assessment", body, sign(body));
        HttpResponse<String> replay = post("sandbox-assessment", body, sign(body));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"accepted\":1", "\"duplicates\":0");
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.body()).contains("\"accepted\":0", "\"duplicates\":1");
        assertThat(jdbc.queryForObject("select count(*) from webhook_event where event_id = ?", Integer.class, eventId)).isEqualTo(1);
        assertThat(eventuallyProcessed(eventId)).as("handed on in the background").isTrue();
    }

    @Test
    void aWrongSignatureIsRejectedAndNothingIsStored() throws Exception {
        String eventId = "evt-" + UUID.randomUUID();
        String body = "event_id=" + eventId + "&invitation_id=sbx-42&type=assessment.completed";

        HttpResponse<String> response = post("sandbox-assessment", body, sign(body.replace("sbx-42", "sbx-43")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Signature check failed");
        assertThat(jdbc.queryForObject("select count(*) from webhook_event where event_id = ?", Integer.class, eventId)).isZero();
    }

    @Test
    void aSignedButMalformedBodyIsABadRequest() throws Exception {
        String body = "type=assessment.completed";

        assertThat(post("sandbox-assessment", body, sign(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownProviderOrOneWithoutWebhooksIsNotFound() throws Exception {
        assertThat(post("no-such-vendor", "x", "sha256=00").statusCode()).isEqualTo(404);
        assertThat(post("bls-oews-salary", "x", "sha256=00").statusCode()).isEqualTo(404);
    }

    @Test
    void aHugeBodyIsRefusedBeforeTheProviderSeesIt() throws Exception {
        String body = "event_id=x&invitation_id=y&padding=" + "a".repeat(70_000);

        HttpResponse<String> response = post("sandbox-assessment", body, sign(body));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void thePortalKeepsWorkingAfterBadWebhooks() throws Exception {
        post("sandbox-assessment", "garbage", "sha256=00");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
    }

    private boolean eventuallyProcessed(String eventId) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
                    "select count(*) from webhook_event where event_id = ? and processed_at is not null", Integer.class, eventId) == 1);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private HttpResponse<String> post(String providerId, String body, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/hooks/" + providerId))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Sandbox-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String sign(String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
