package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Results reach the portal: by polling a vendor without webhooks, at once after a vendor's webhook. */
@PortalOnRandomPort
@WithMockUser(username = "admin", roles = "ADMIN")
class VendorResultsTests {

    private static final String SECRET = "whsec-results-test";

    @LocalServerPort
    int port;

    @Autowired
    OutboundRequests requests;

    @Autowired
    VendorResults results;

    @Autowired
    ProviderConsole console;

    @AfterEach
    void backToDefaults() {
        console.saveSettings("sandbox-video", Map.of("answersAfterSeconds", ""));
        console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", ""));
    }

    @Test
    void aVendorWithoutWebhooksIsPolledUntilTheResultIsIn() {
        console.saveSettings("sandbox-video", Map.of("answersAfterSeconds", "1"));
        String key = "video-" + UUID.randomUUID();
        requests.enqueue("sandbox-video", OutboundOperation.VIDEO_INVITE_ONE_WAY, new OneWayInterviewRequest("Ada Lovelace",
                "ada@example.org", List.of("Tell us about a system you designed"), Instant.now().plus(Duration.ofDays(3)), key), key);

        VendorInvitationView invitation = await(key, view -> view.status() == VendorInvitationStatus.COMPLETED);

        assertThat(invitation.result()).contains("Tell us about a system you designed", "sandbox.invalid/recordings/");
        assertThat(invitation.problem()).isNull();
    }

    @Test
    void aVendorWebhookMakesThePortalFetchTheResultAtOnce() throws Exception {
        console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "0", "webhookSecret", SECRET));
        String key = "assessment-" + UUID.randomUUID();
        requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE,
                new AssessmentRequest("backend-lead", "Ada Lovelace", "ada@example.org", key), key);
        VendorInvitationView invited = await(key, view -> true);
        assertThat(invited.status()).as("a vendor with webhooks is not polled soon").isEqualTo(VendorInvitationStatus.INVITED);

        assertThat(postWebhook(invited.vendorId())).isEqualTo(202);

        VendorInvitationView completed = await(key, view -> view.status() == VendorInvitationStatus.COMPLETED);
        assertThat(completed.result()).contains("\"score\"", "API design and system structuring");
    }

    private int postWebhook(String invitationId) throws Exception {
        String body = "event_id=evt-" + UUID.randomUUID() + "&invitation_id=" + invitationId + "&type=assessment.completed";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hooks/sandbox-assessment"))
                .header("X-Sandbox-Signature", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private VendorInvitationView await(String key, Predicate<VendorInvitationView> done) {
        // In the test's thread: the lookup needs the test's user.
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> results.find(key), view -> view.isPresent() && done.test(view.get())).orElseThrow();
    }
}
