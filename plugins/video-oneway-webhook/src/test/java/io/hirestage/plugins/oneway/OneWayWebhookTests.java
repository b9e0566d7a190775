package io.hirestage.plugins.oneway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.WebhookEvent;
import io.hirestage.plugin.api.WebhookRejectedException;
import io.hirestage.plugin.api.WebhookRequest;
import io.hirestage.plugin.testkit.InMemoryProviderStorage;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vendor's webhooks as a hostile network delivers them: forged, unsigned, played back, stale, or about strangers. */
class OneWayWebhookTests {

    private final MockOneWayVendor vendor = new MockOneWayVendor();
    private final InMemoryProviderStorage storage = new InMemoryProviderStorage();
    private OneWayVideoInterviewProvider provider;
    private TestProviderContext context;
    private String participantId;

    @BeforeEach
    void inviteACandidate() {
        provider = new OneWayVideoInterviewProvider();
        context = TestProviderContext.of("video-oneway-webhook", vendor.settings(), storage);
        provider.configure(context);
        participantId = provider.inviteOneWay(new OneWayInterviewRequest("Ada Lovelace", "ada@example.org", List.of("Why us?"),
                now().plus(Duration.ofDays(3)), "key-" + UUID.randomUUID())).interviewId();
    }

    @AfterEach
    void stop() {
        provider.close();
        vendor.close();
    }

    @Test
    void submittedRatedAndExpiredEventsAreHandedOnForTheParticipant() {
        for (String type : List.of("participant.submitted", "participant.rated", "participant.expired", "participant.withdrawn")) {
            assertThat(provider.receive(vendor.webhook("evt-" + type, type, participantId, now())))
                    .containsExactly(new WebhookEvent("evt-" + type, participantId, type));
        }
    }

    @Test
    void aWrongSignatureIsRefusedAsABadSignature() {
        WebhookRequest genuine = vendor.webhook("evt-1", "participant.rated", participantId, now());
        WebhookRequest forged = new WebhookRequest(Map.of("X-Webhook-Signature",
                List.of("sha256=" + MockOneWayVendor.hmacHex("a-guessed-secret", genuine.body()))), genuine.body());

        assertBadSignature(() -> provider.receive(forged), "The webhook's X-Webhook-Signature does not match its body: it was signed "
                + "with another secret than Webhook signing secret, or changed on the way");
        assertThat(storage.size()).as("nothing of a forged webhook is remembered").isEqualTo(2);
    }

    @Test
    void aBodyChangedOnTheWayIsRefused() {
        WebhookRequest genuine = vendor.webhook("evt-1", "participant.submitted", participantId, now());
        byte[] changed = new String(genuine.body(), StandardCharsets.UTF_8).replace("participant.submitted", "participant.rated")
                .getBytes(StandardCharsets.UTF_8);

        assertBadSignature(() -> provider.receive(new WebhookRequest(genuine.headers(), changed)),
                "The webhook's X-Webhook-Signature does not match its body: it was signed with another secret than Webhook signing "
                        + "secret, or changed on the way");
    }

    @Test
    void aMissingSignatureIsRefusedAsABadSignature() {
        WebhookRequest genuine = vendor.webhook("evt-1", "participant.rated", participantId, now());

        assertBadSignature(() -> provider.receive(new WebhookRequest(Map.of("Content-Type", List.of("application/json")), genuine.body())),
                "The webhook has no X-Webhook-Signature header, so it cannot be shown to come from the vendor; check Signature header "
                        + "in the provider's settings");
    }

    @Test
    void theSignatureIsTakenAsPlainHexInAnyCaseAndInTheHeaderTheAdminNamed() {
        Map<String, String> settings = new HashMap<>(vendor.settings());
        settings.put(OneWaySettings.SIGNATURE_HEADER, "X-Vendor-Hmac");
        provider.configure(TestProviderContext.of("video-oneway-webhook", settings, storage));
        byte[] body = vendor.webhook("evt-1", "participant.rated", participantId, now()).body();
        String hex = MockOneWayVendor.hmacHex(MockOneWayVendor.SIGNING_SECRET, body).toUpperCase();

        assertThat(provider.receive(new WebhookRequest(Map.of("x-vendor-hmac", List.of(hex)), body))).extracting(WebhookEvent::eventId)
                .containsExactly("evt-1");
        assertThatThrownBy(() -> provider.receive(MockOneWayVendor.signed(body))).as("the default header is no longer read")
                .isInstanceOf(WebhookRejectedException.class).hasMessageStartingWith("The webhook has no X-Vendor-Hmac header");
    }

    @Test
    void theSameDeliveryAgainWithinTheToleranceIsTheSameEventWhichThePortalIgnores() {
        WebhookRequest delivery = vendor.webhook("evt-1", "participant.rated", participantId, now());
        List<WebhookEvent> first = provider.receive(delivery);
        int remembered = storage.size();

        context.clock().advance(Duration.ofSeconds(299));
        OneWayVideoInterviewProvider restarted = new OneWayVideoInterviewProvider();
        restarted.configure(TestProviderContext.of("video-oneway-webhook", vendor.settings(), storage));
        try {
            assertThat(restarted.receive(delivery)).as("played back to another node, after a restart").isEqualTo(first);
        } finally {
            restarted.close();
        }
        assertThat(provider.receive(delivery)).isEqualTo(first);
        assertThat(storage.size()).as("a repeat is remembered once").isEqualTo(remembered);
    }

    @Test
    void anEventIdReusedForAnotherParticipantIsRefusedSinceThePortalWouldDropIt() {
        String other = provider.inviteOneWay(new OneWayInterviewRequest("Kim Doe", "kim@example.org", List.of("Why us?"),
                now().plus(Duration.ofDays(3)), "key-" + UUID.randomUUID())).interviewId();
        provider.receive(vendor.webhook("evt-1", "participant.rated", participantId, now()));

        assertThatThrownBy(() -> provider.receive(vendor.webhook("evt-1", "participant.rated", other, now())))
                .isInstanceOf(WebhookRejectedException.class)
                .hasMessage("The vendor sent event id evt-1 again, now about " + other + " participant.rated instead of " + participantId
                        + " participant.rated; the portal takes each event id once, so ask the vendor to give every event its own id")
                .satisfies(e -> assertThat(((WebhookRejectedException) e).isBadSignature()).isFalse());
    }

    @Test
    void anOldDeliveryOutsideTheToleranceIsRefusedAsAReplay() {
        WebhookRequest captured = vendor.webhook("evt-1", "participant.rated", participantId, now());
        context.clock().advance(Duration.ofSeconds(301));

        assertBadSignature(() -> provider.receive(captured), "The webhook evt-1 was sent at 2026-01-05T09:00:00Z, 301 seconds from the "
                + "portal's time, more than the 300 seconds Webhook time tolerance allows: an old delivery played back, or the vendor's "
                + "or the portal's clock is wrong");
    }

    @Test
    void aDeliveryDatedTooFarAheadIsRefusedAndTheToleranceIsASetting() {
        assertBadSignature(() -> provider.receive(vendor.webhook("evt-1", "participant.rated", participantId, now().plusSeconds(301))),
                "The webhook evt-1 was sent at 2026-01-05T09:05:01Z, 301 seconds from the portal's time, more than the 300 seconds "
                        + "Webhook time tolerance allows: an old delivery played back, or the vendor's or the portal's clock is wrong");

        Map<String, String> settings = new HashMap<>(vendor.settings());
        settings.put(OneWaySettings.TOLERANCE_SECONDS, "600");
        provider.configure(TestProviderContext.of("video-oneway-webhook", settings, storage));
        assertThat(provider.receive(vendor.webhook("evt-1", "participant.rated", participantId, now().plusSeconds(301)))).hasSize(1);
    }

    @Test
    void aWebhookAboutAParticipantThisPortalNeverInvitedIsAcknowledgedAndHandedOnToNoOne() {
        int remembered = storage.size();

        assertThat(provider.receive(vendor.webhook("evt-1", "participant.rated", "p_made_elsewhere", now()))).isEmpty();
        assertThat(storage.size()).isEqualTo(remembered);
    }

    @Test
    void anEventTypeThatChangesNothingIsAcknowledgedAndLeftAside() {
        assertThat(provider.receive(vendor.webhook("evt-1", "participant.opened_invitation", participantId, now()))).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotTheDocumentedJsonIsRefusedAsMalformed() {
        assertMalformed(MockOneWayVendor.signed("{\"event_id\": \"evt-1\", ".getBytes(StandardCharsets.UTF_8)), "The webhook body is not JSON");
        assertMalformed(MockOneWayVendor.signed("[]".getBytes(StandardCharsets.UTF_8)), "The webhook body is not a JSON object");
        assertMalformed(signed(Map.of("event_type", "participant.rated", "sent_at", now().toString(), "participant", Map.of("id", participantId))),
                "The webhook body has no event_id");
        assertMalformed(signed(Map.of("event_id", "evt-1", "event_type", "participant.rated", "participant", Map.of("id", participantId))),
                "The webhook body has no sent_at");
        assertMalformed(signed(Map.of("event_id", "evt-1", "event_type", "participant.rated", "sent_at", now().toString())),
                "The webhook body has no participant object");
        assertMalformed(signed(Map.of("event_id", "evt-1", "event_type", "participant.rated", "sent_at", now().toString(),
                "participant", Map.of("status", "rated"))), "The webhook body's participant has no id");
        assertMalformed(signed(Map.of("event_id", "evt 1\n", "event_type", "participant.rated", "sent_at", now().toString(),
                "participant", Map.of("id", participantId))), "The webhook's event_id is longer than 200 characters or holds spaces or control characters");
        assertMalformed(signed(Map.of("event_id", "evt-1", "event_type", "participant.rated", "sent_at", "yesterday",
                "participant", Map.of("id", participantId))), "The webhook body: sent_at is not a time (ISO-8601 with an offset, or Unix seconds)");
    }

    @Test
    void aSendingTimeInUnixSecondsIsTakenToo() {
        assertThat(provider.receive(signed(Map.of("event_id", "evt-1", "event_type", "participant.expired", "sent_at", now().getEpochSecond(),
                "participant", Map.of("id", participantId))))).containsExactly(new WebhookEvent("evt-1", participantId, "participant.expired"));
    }

    @Test
    void withoutASigningSecretEveryWebhookIsRefusedAndThePortalPolls() {
        Map<String, String> settings = new HashMap<>(vendor.settings());
        settings.remove(OneWaySettings.SIGNING_SECRET);
        provider.configure(TestProviderContext.of("video-oneway-webhook", settings, storage));

        assertThat(provider.receivesWebhooks()).isFalse();
        assertBadSignature(() -> provider.receive(vendor.webhook("evt-1", "participant.rated", participantId, now())),
                "No Webhook signing secret is set in the provider's settings, so no webhook can be trusted");
    }

    @Test
    void acceptedEventsAreForgottenOnceNoDeliveryOfThemCouldPassTheTimeCheck() {
        int invitationEntries = storage.size();
        for (int n = 0; n < 5; n++) {
            provider.receive(vendor.webhook("evt-early-" + n, "participant.rated", participantId, now()));
        }
        assertThat(storage.size()).as("each event and its place in the hour").isEqualTo(invitationEntries + 1 + 10);

        context.clock().advance(Duration.ofHours(3));
        provider.receive(vendor.webhook("evt-late", "participant.rated", participantId, now()));

        assertThat(storage.size()).as("the early hour's five forgotten, the late one kept").isEqualTo(invitationEntries + 1 + 2);
        assertThat(storage.get("webhook-event:" + VendorText.sha256("evt-early-0"))).isEmpty();
        assertThat(storage.get("webhook-event:" + VendorText.sha256("evt-late"))).isPresent();
    }

    private WebhookRequest signed(Map<String, Object> body) {
        return MockOneWayVendor.signed(MockOneWayVendor.json(body));
    }

    private Instant now() {
        return context.clock().instant();
    }

    private static void assertBadSignature(ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOf(WebhookRejectedException.class).hasMessage(reason)
                .satisfies(e -> assertThat(((WebhookRejectedException) e).isBadSignature()).as("answered 401").isTrue());
    }

    private void assertMalformed(WebhookRequest request, String reason) {
        assertThatThrownBy(() -> provider.receive(request)).isInstanceOf(WebhookRejectedException.class).hasMessage(reason)
                .satisfies(e -> assertThat(((WebhookRejectedException) e).isBadSignature()).as("answered 400").isFalse());
    }
}
