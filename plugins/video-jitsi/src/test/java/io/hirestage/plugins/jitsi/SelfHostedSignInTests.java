package io.hirestage.plugins.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.testkit.TestProviderContext;
import io.hirestage.plugin.testkit.VideoInterviewProviderContract;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's contract with a self-hosted Jitsi server's token sign-in, against a server that checks
 * passes as Prosody's token module does; each pass is checked by its HS256 signature and its claims.
 */
class SelfHostedSignInTests extends VideoInterviewProviderContract<JitsiVideoInterviewProvider> {

    private static final MockJitsiServer JITSI = new MockJitsiServer();
    private static final String APP_ID = "hirestage";
    private static final String AUDIENCE = "jitsi-interviews";

    @AfterAll
    static void stopJitsi() {
        JITSI.close();
    }

    @BeforeEach
    void theServerChecksPassesWithItsAppSecret() {
        JITSI.checkSelfHostedPasses(APP_ID, AUDIENCE, TestKeys.APP_SECRET);
        JITSI.useClock(context.clock());
    }

    @Override
    protected JitsiVideoInterviewProvider createProvider() {
        return new JitsiVideoInterviewProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(JitsiSettings.SERVER_URL, JITSI.address(), JitsiSettings.SIGN_IN, SignIn.SELF_HOSTED.choice(),
                JitsiSettings.APP_ID, APP_ID, JitsiSettings.AUDIENCE, AUDIENCE, JitsiSettings.APP_SECRET, TestKeys.APP_SECRET);
    }

    @Override
    protected void completeAtVendor(String interviewId) {
        throw new UnsupportedOperationException("A Jitsi interview has no outcome to complete");
    }

    @Test
    void eachLinkCarriesAPassSignedWithTheAppSecretForItsParticipantAndRoom() throws Exception {
        Instant start = context.clock().instant().plus(Duration.ofDays(1));
        LiveInterview interview = provider.scheduleLive(Interviews.request(start, "key-" + UUID.randomUUID()));

        for (Map.Entry<String, URI> link : interview.joinLinks().entrySet()) {
            String room = WithoutSignInTests.roomOf(link.getValue());
            assertThat(link.getValue().getRawPath()).isEqualTo("/" + room);
            SignedJWT pass = SignedJWT.parse(link.getValue().getRawQuery().substring("jwt=".length()));

            assertThat(pass.verify(new MACVerifier(TestKeys.APP_SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
            assertThat(pass.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
            JWTClaimsSet claims = pass.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo(APP_ID);
            assertThat(claims.getAudience()).containsExactly(AUDIENCE);
            assertThat(claims.getSubject()).as("the server's domain").isEqualTo("127.0.0.1");
            assertThat(claims.getStringClaim("room")).isEqualTo(room);
            assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(start.minus(Duration.ofMinutes(30)));
            assertThat(claims.getExpirationTime().toInstant()).as("the end and the default hour's grace")
                    .isEqualTo(start.plus(Duration.ofMinutes(120)));
            Map<?, ?> user = (Map<?, ?>) claims.getJSONObjectClaim("context").get("user");
            assertThat(user.get("email")).isEqualTo(link.getKey());
            assertThat(user.get("moderator")).isEqualTo(!link.getKey().equals("ada@example.org"));
        }
    }

    @Test
    void theServerLetsTheCandidateInAsAGuestAndTheInterviewersAsModerators() {
        LiveInterview interview = provider.scheduleLive(Interviews.request(context.clock().instant(), "key-" + UUID.randomUUID()));

        assertThat(MockJitsiServer.open(interview.joinLinks().get("ada@example.org")).body()).endsWith(", Ada Lovelace (guest)");
        assertThat(MockJitsiServer.open(interview.joinLinks().get("ian@example.org")).body()).endsWith(", Ian Interviewer (moderator)");
    }

    @Test
    void aLinkForOneRoomDoesNotOpenAnother() {
        LiveInterview first = provider.scheduleLive(Interviews.request(context.clock().instant(), "key-" + UUID.randomUUID()));
        LiveInterview second = provider.scheduleLive(Interviews.request(context.clock().instant(), "key-" + UUID.randomUUID()));
        URI firstLink = first.joinLinks().get("ada@example.org");
        URI intoTheSecondRoom = URI.create(JITSI.address() + "/" + WithoutSignInTests.roomOf(second.joinLinks().get("ada@example.org"))
                + "?" + firstLink.getRawQuery());

        assertThat(MockJitsiServer.open(intoTheSecondRoom)).extracting(HttpResponse::statusCode, HttpResponse::body)
                .containsExactly(403, "Token for another room");
    }

    @Test
    void aSecretTheServerDoesNotHoldGivesLinksItRefuses() {
        Map<String, String> otherSecret = new HashMap<>(settings());
        otherSecret.put(JitsiSettings.APP_SECRET, "a-different-secret-of-at-least-32-characters");
        provider.configure(TestProviderContext.of("video-jitsi", otherSecret));

        URI ada = provider.scheduleLive(Interviews.request(context.clock().instant(), "key-" + UUID.randomUUID())).joinLinks()
                .get("ada@example.org");

        assertThat(MockJitsiServer.open(ada)).extracting(HttpResponse::statusCode, HttpResponse::body).containsExactly(403,
                "Bad signature");
    }
}
