package io.hirestage.plugins.oneway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the vendor can get wrong, over real HTTP, and what the admin reads about it. */
class OneWayVendorErrorsTests {

    private static final Duration CALL_TIMEOUT = Duration.ofMillis(600);

    private final MockOneWayVendor vendor = new MockOneWayVendor();
    private OneWayVideoInterviewProvider provider;
    private TestProviderContext context;

    @BeforeEach
    void configure() {
        provider = new OneWayVideoInterviewProvider(CALL_TIMEOUT);
        context = TestProviderContext.of("video-oneway-webhook", vendor.settings());
        provider.configure(context);
    }

    @AfterEach
    void stop() {
        provider.close();
        vendor.close();
    }

    @Test
    void aRefusedApiKeyIsNamedAndNeverShown() {
        configureWith(OneWaySettings.API_KEY, "wrong-key-0000");

        ConnectionCheck check = provider.testConnection();
        assertThat(check).isEqualTo(ConnectionCheck.failed("The vendor refused the API key (HTTP 401); check API key in the provider's settings"));
        assertRefused(() -> provider.result("p_1"), "The vendor refused the API key (HTTP 401); check API key in the provider's settings");
        assertThat(check.message()).doesNotContain("wrong-key-0000");
    }

    @Test
    void anUnknownTemplateFailsTheConnectionTestAndTheInvitationWithTheVendorsReason() {
        configureWith(OneWaySettings.TEMPLATE_ID, "tpl-gone");

        assertThat(provider.testConnection()).isEqualTo(ConnectionCheck.failed(
                "The vendor has no interview template 'tpl-gone' (HTTP 404); check Interview template id in the provider's settings"));
        assertRefused(() -> provider.inviteOneWay(oneWay()),
                "The vendor refused POST participants (HTTP 422): interview_template_id is not a template of this account");
    }

    @Test
    void aForbiddenCallIsARefusalToo() {
        vendor.misbehaving.set(MockOneWayVendor.json(403, Map.of("detail", "This key may not read participants")));

        assertRefused(() -> provider.result("p_1"), "The vendor refused the API key (HTTP 403); check API key in the provider's settings");
    }

    @Test
    void anOutageOrARateLimitIsRetryable() {
        vendor.misbehaving.set(new MockResponse.Builder().code(503).body("<html>Service Unavailable</html>").build());
        assertRetryable(() -> provider.inviteOneWay(oneWay()), "The vendor is not answering properly now (HTTP 503); try again later");

        vendor.misbehaving.set(MockOneWayVendor.json(429, Map.of("detail", "Slow down")));
        assertRetryable(() -> provider.result("p_1"), "The vendor is not answering properly now (HTTP 429); try again later");
    }

    @Test
    void aVendorThatDoesNotAnswerInTimeIsRetryable() {
        vendor.misbehaving.set(MockOneWayVendor.slow(Duration.ofSeconds(3)));

        assertRetryable(() -> provider.result("p_1"), "The vendor did not answer within 600 milliseconds");
        assertThat(provider.testConnection()).isEqualTo(ConnectionCheck.failed("The vendor did not answer within 600 milliseconds"));
    }

    @Test
    void anAnswerWhoseBodyTricklesInIsCutOffAtTheTimeLimitToo() {
        vendor.misbehaving.set(new MockResponse.Builder().code(200).body("{\"id\": \"p_1\", \"status\": \"invited\"}")
                .bodyDelay(3, TimeUnit.SECONDS).build());

        assertRetryable(() -> provider.result("p_1"), "The vendor did not answer within 600 milliseconds");
    }

    @Test
    void aVendorOutOfReachIsSaidSo() throws Exception {
        MockWebServer gone = new MockWebServer();
        gone.start();
        String address = gone.url("/v1/").toString();
        gone.close();
        configureWith(OneWaySettings.BASE_URL, address);

        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).startsWith("The vendor could not be reached at " + java.net.URI.create(address).getHost() + " (")
                .endsWith("); check Vendor API address, or try again later");
        assertThatThrownBy(() -> provider.inviteOneWay(oneWay())).isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isTrue());
    }

    @Test
    void anAnswerThatIsNotJsonIsRefused() {
        vendor.misbehaving.set(new MockResponse.Builder().code(200).body("{\"id\": \"p_1\", \"status\": ").build());
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 is not JSON");

        vendor.misbehaving.set(new MockResponse.Builder().code(200).body("[\"p_1\"]").build());
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 is not a JSON object");

        vendor.misbehaving.set(new MockResponse.Builder().code(200).body("{\"status\": \"invited\", \"status\": \"rated\"}").build());
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 is not JSON");
    }

    @Test
    void anAnswerWithoutADocumentedFieldNamesTheField() {
        vendor.misbehaving.set(MockOneWayVendor.json(201, Map.of("id", "p_1", "expires_at", "2026-01-08T09:00:00Z")));
        assertRefused(() -> provider.inviteOneWay(oneWay()), "The vendor's answer to POST participants has no invite_url");

        vendor.misbehaving.set(MockOneWayVendor.json(201, Map.of("invite_url", "https://interview.vendor.example/i/x",
                "expires_at", "2026-01-08T09:00:00Z")));
        assertRefused(() -> provider.inviteOneWay(oneWay()), "The vendor's answer to POST participants has no id");

        vendor.misbehaving.set(MockOneWayVendor.json(200, Map.of("id", "p_1")));
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 has no status");

        vendor.misbehaving.set(MockOneWayVendor.json(200, Map.of("id", "p_1", "status", "submitted", "responses",
                List.of(Map.of("question", "Why us?")))));
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1: a response has no media_url");
    }

    @Test
    void anAnswerWithAFieldOfTheWrongKindIsRefused() {
        vendor.misbehaving.set(MockOneWayVendor.json(201, Map.of("id", "../admin", "invite_url", "https://interview.vendor.example/i/x",
                "expires_at", "2026-01-08T09:00:00Z")));
        assertRefused(() -> provider.inviteOneWay(oneWay()), "The vendor's answer to POST participants has an id that is not 1 to 100 "
                + "letters, digits, dots, dashes, underscores or colons");

        vendor.misbehaving.set(MockOneWayVendor.json(201, Map.of("id", "p_1", "invite_url", "javascript:alert(1)",
                "expires_at", "2026-01-08T09:00:00Z")));
        assertRefused(() -> provider.inviteOneWay(oneWay()), "The vendor's answer to POST participants: invite_url is not a web address");

        vendor.misbehaving.set(MockOneWayVendor.json(201, Map.of("id", "p_1", "invite_url", "https://interview.vendor.example/i/x",
                "expires_at", "next Tuesday")));
        assertRefused(() -> provider.inviteOneWay(oneWay()), "The vendor's answer to POST participants: expires_at is not a time "
                + "(ISO-8601 with an offset, or Unix seconds)");
    }

    @Test
    void aStatusOrARatingOutsideTheProtocolIsRefused() {
        vendor.misbehaving.set(MockOneWayVendor.json(200, Map.of("id", "p_1", "status", "teleported\n\u0007")));
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 has a status the protocol does not have: 'teleported'");

        vendor.misbehaving.set(MockOneWayVendor.json(200, Map.of("id", "p_1", "status", "rated", "responses",
                List.of(Map.of("question", "Why us?", "media_url", "https://media.vendor.example/1.mp4")),
                "ratings", List.of(Map.of("competency", "Communication", "score", 7)))));
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 rates Communication at 7, "
                + "outside the scale of 0 to 5 set in Highest score at the vendor");

        vendor.misbehaving.set(MockOneWayVendor.json(200, Map.of("id", "p_1", "status", "rated", "responses",
                List.of(Map.of("question", "Why us?", "media_url", "https://media.vendor.example/1.mp4")))));
        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 says the answers are rated, but has no score or ratings");
    }

    @Test
    void anAnswerLargerThanTheProtocolNeedsIsNotReadToTheEnd() {
        vendor.misbehaving.set(new MockResponse.Builder().code(200)
                .body("{\"id\": \"p_1\", \"status\": \"invited\", \"padding\": \"" + "x".repeat(OneWayVendorClient.MAX_ANSWER_BYTES) + "\"}")
                .build());

        assertRefused(() -> provider.result("p_1"), "The vendor's answer to GET participants/p_1 is larger than 1 MB, more than the protocol ever needs");
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyGoesNowhereElse() {
        vendor.misbehaving.set(new MockResponse.Builder().code(302).addHeader("Location", "https://elsewhere.example/").build());

        assertRefused(() -> provider.result("p_1"), "The vendor answered GET participants/p_1 with a redirect (HTTP 302), which is not followed; "
                + "check Vendor API address");
    }

    @Test
    void anIdThatIsNoParticipantIdNeverReachesTheVendor() {
        assertRefused(() -> provider.result("../interview_templates/x"), "'../interview_templates/x' is not a participant id of this vendor");
        assertRefused(() -> provider.cancel("p 1"), "'p 1' is not a participant id of this vendor");
    }

    @Test
    void settingsThatCannotWorkAreRefusedWhenSaved() {
        assertThatThrownBy(() -> configureWith(OneWaySettings.TEMPLATE_ID, "tpl/../../admin")).isInstanceOf(ProviderException.class)
                .hasMessage("Interview template id must be the vendor's id of the template: 1 to 100 letters, digits, dots, dashes, "
                        + "underscores or colons");
        assertThatThrownBy(() -> configureWith(OneWaySettings.API_KEY, "key with\nnewline")).isInstanceOf(ProviderException.class)
                .hasMessage("API key holds spaces or characters an API key does not have; paste it again");
        assertThatThrownBy(() -> configureWith(OneWaySettings.SIGNATURE_HEADER, "X-Signature: injected")).isInstanceOf(ProviderException.class)
                .hasMessage("Signature header must be a header name such as X-Webhook-Signature");
    }

    private void configureWith(String key, String value) {
        Map<String, String> settings = new HashMap<>(vendor.settings());
        settings.put(key, value);
        provider.configure(TestProviderContext.of("video-oneway-webhook", settings));
    }

    private OneWayInterviewRequest oneWay() {
        return new OneWayInterviewRequest("Ada Lovelace", "ada@example.org", List.of("Why us?"),
                context.clock().instant().plus(Duration.ofDays(3)), "key-" + UUID.randomUUID());
    }

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(ProviderException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).as("retryable").isFalse());
    }

    private static void assertRetryable(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(ProviderException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).as("retryable").isTrue());
    }
}
