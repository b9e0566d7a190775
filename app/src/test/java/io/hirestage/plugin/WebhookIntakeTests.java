package io.hirestage.plugin;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.AssessmentRequest;
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

    @Autowired
    FailedSignatures failedSignatures;

    @Autowired
    WebhookEventPurge purge;

    @Autowired
    VendorCallbacks callbacks;

    @Autowired
    OutboundRequests outbound;

    @Autowired
    VendorResults results;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @BeforeEach
    void theSandboxSignsWithAKnownSecret() {
        console.saveSettings("sandbox-assessment", Map.of("webhookSecret", SECRET));
        failedSignatures.clear();
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
    void twoLongEventIdsThatShareTheirStartAreRefusedNotCutIntoOne() throws Exception {
        String prefix = "evt-" + UUID.randomUUID() + "-" + "x".repeat(200);
        for (String eventId : java.util.List.of(prefix + "-first", prefix + "-second")) {
            String body = "event_id=" + eventId + "&invitation_id=sbx-42&type=assessment.completed";

            HttpResponse<String> response = post("sandbox-assessment", body, sign(body));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("longer than 200 characters");
        }
        assertThat(jdbc.queryForObject("select count(*) from webhook_event where event_id like ?", Integer.class,
                prefix.substring(0, 40) + "%")).isZero();
    }

    @Test
    void anAddressThatKeepsFailingTheSignatureIsRefusedForAWhileEvenWithARightOne() throws Exception {
        failedSignatures.clear();
        String body = "event_id=evt-" + UUID.randomUUID() + "&invitation_id=sbx-42&type=assessment.completed";
        try {
            for (int i = 0; i < 20; i++) {
                assertThat(post("sandbox-assessment", body, "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(401);
            }

            HttpResponse<String> refused = post("sandbox-assessment", body, sign(body));

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("Too many failed signatures");
        } finally {
            failedSignatures.clear();
        }
        assertThat(post("sandbox-assessment", body, sign(body)).statusCode()).as("heard again once the window is over").isEqualTo(202);
    }

    @Test
    void handedOnEventsArePurgedAfterTheRetentionAndWaitingOnesNever() {
        String old = "evt-old-" + UUID.randomUUID();
        String waiting = "evt-waiting-" + UUID.randomUUID();
        String recent = "evt-recent-" + UUID.randomUUID();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        String insert = "insert into webhook_event (provider_id, event_id, subject_id, event_type, received_at, processed_at)"
                + " values ('sandbox-assessment', ?, 'sbx-1', 'update', ?, ?)";
        jdbc.update(insert, old, now.minusDays(31), now.minusDays(31));
        jdbc.update(insert, waiting, now.minusDays(31), null);
        jdbc.update(insert, recent, now.minusDays(1), now.minusDays(1));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select event_id from webhook_event where event_id in (?, ?, ?)", String.class, old, waiting, recent))
                .containsExactlyInAnyOrder(waiting, recent);
        jdbc.update("delete from webhook_event where event_id = ?", waiting);
    }

    @Test
    void thePortalKeepsWorkingAfterBadWebhooks() throws Exception {
        post("sandbox-assessment", "garbage", "sha256=00");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void aVendorsCallbackWithAnyMethodHurriesTheCheckOfItsInvitationAndIsNeverRead() throws Exception {
        String key = "callback-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> outbound.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE,
                new AssessmentRequest("backend-lead", "Kim Doe", "kim@example.org", key), key));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> results.find(key).isPresent());
        String callback = callbacks.urlFor("sandbox-assessment", key).getPath();

        HttpResponse<String> patch = send(callback, "PATCH", "{\"partner_status\": \"completed\", \"score\": 100}");

        assertThat(patch.statusCode()).isEqualTo(202);
        assertThat(patch.body()).contains("The invitation's status is checked now");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> results.find(key).orElseThrow().lastCheckedAt() != null);
        assertThat(results.find(key).orElseThrow().status()).as("the body's claim is not taken: the sandbox says invited")
                .isEqualTo(VendorInvitationStatus.INVITED);
        assertThat(send(callback, "GET", null).statusCode()).as("any method").isEqualTo(202);
        assertThat(send(callback, "POST", "x").statusCode()).isEqualTo(202);
    }

    @Test
    void aCallbackTheResultsDidNotMakeIsRefusedAndCountedAsAFailedSignature() throws Exception {
        String key = "callback-" + UUID.randomUUID();
        String real = callbacks.urlFor("sandbox-assessment", key).getPath();
        String token = real.substring(real.lastIndexOf('/') + 1);
        String forged = token.substring(0, token.indexOf('.') + 1) + "A".repeat(22);

        assertThat(send("/hooks/sandbox-assessment/callbacks/" + forged, "PATCH", "{}").statusCode()).isEqualTo(404);
        assertThat(send("/hooks/sandbox-video/callbacks/" + token, "PATCH", "{}").statusCode()).as("another provider's").isEqualTo(404);
        assertThat(send("/hooks/sandbox-assessment/callbacks/not-a-token", "PATCH", "{}").body()).contains("No such callback");
    }

    @Test
    void aWebhookSentWithPatchReachesTheProviderInsteadOfTheLoginPage() throws Exception {
        HttpResponse<String> patch = send("/hooks/sandbox-assessment", "PATCH", "event_id=e1&invitation_id=sbx-1&type=x");

        assertThat(patch.statusCode()).as("checked by the provider: unsigned").isEqualTo(401);
        assertThat(patch.body()).contains("Signature check failed");
    }

    private HttpResponse<String> send(String path, String method, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
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
