package io.hirestage.plugins.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.testkit.TestProviderContext;
import io.hirestage.plugin.testkit.VideoInterviewProviderContract;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's contract with JaaS sign-in, against a server that checks passes as JaaS documents them;
 * each pass is checked by its signature with the API key's public key and by its claims, never by
 * its text.
 */
class JaasSignInTests extends VideoInterviewProviderContract<JitsiVideoInterviewProvider> {

    private static final MockJitsiServer JAAS = new MockJitsiServer();

    @AfterAll
    static void stopJaas() {
        JAAS.close();
    }

    @BeforeEach
    void jaasChecksPassesWithTheApiKeysPublicKey() {
        JAAS.checkJaasPasses(TestKeys.JAAS_APP_ID, TestKeys.JAAS_KEY_ID, TestKeys.jaasPublicKey());
        JAAS.useClock(context.clock());
    }

    @Override
    protected JitsiVideoInterviewProvider createProvider() {
        return new JitsiVideoInterviewProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(JitsiSettings.SERVER_URL, JAAS.address(), JitsiSettings.SIGN_IN, SignIn.JAAS.choice(),
                JitsiSettings.APP_ID, TestKeys.JAAS_APP_ID, JitsiSettings.KEY_ID, TestKeys.JAAS_KEY_ID,
                JitsiSettings.PRIVATE_KEY, TestKeys.jaasPrivateKeyPem(), JitsiSettings.GRACE_MINUTES, "45");
    }

    @Override
    protected void completeAtVendor(String interviewId) {
        throw new UnsupportedOperationException("A Jitsi interview has no outcome to complete");
    }

    private Instant start() {
        return context.clock().instant().plus(Duration.ofDays(2));
    }

    @Test
    void eachLinkCarriesAPassSignedWithTheApiKeyForItsParticipantAndRoom() throws Exception {
        Instant start = start();
        LiveInterview interview = provider.scheduleLive(Interviews.request(start, "key-" + UUID.randomUUID()));

        for (Map.Entry<String, URI> link : interview.joinLinks().entrySet()) {
            String room = WithoutSignInTests.roomOf(link.getValue());
            assertThat(link.getValue().getRawPath()).isEqualTo("/" + TestKeys.JAAS_APP_ID + "/" + room);
            SignedJWT pass = SignedJWT.parse(link.getValue().getRawQuery().substring("jwt=".length()));

            assertThat(pass.verify(new RSASSAVerifier(TestKeys.jaasPublicKey()))).as("signed with the API key").isTrue();
            assertThat(pass.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
            assertThat(pass.getHeader().getKeyID()).isEqualTo(TestKeys.JAAS_KEY_ID);
            JWTClaimsSet claims = pass.getJWTClaimsSet();
            assertThat(claims.getIssuer()).isEqualTo("chat");
            assertThat(claims.getAudience()).containsExactly("jitsi");
            assertThat(claims.getSubject()).isEqualTo(TestKeys.JAAS_APP_ID);
            assertThat(claims.getStringClaim("room")).isEqualTo(room);
            assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(start.minus(Duration.ofMinutes(30)));
            assertThat(claims.getExpirationTime().toInstant()).as("the end and 45 minutes' grace")
                    .isEqualTo(start.plus(Duration.ofMinutes(60 + 45)));
            Map<String, Object> context = claims.getJSONObjectClaim("context");
            Map<?, ?> user = (Map<?, ?>) context.get("user");
            assertThat(user.get("email")).isEqualTo(link.getKey());
            assertThat(user.get("moderator")).as("only interviewers moderate").isEqualTo(!link.getKey().equals("ada@example.org"));
            assertThat(context.get("features")).isEqualTo(Map.of("recording", false, "livestreaming", false, "transcription", false));
        }
        Map<?, ?> ada = (Map<?, ?>) SignedJWT.parse(interview.joinLinks().get("ada@example.org").getRawQuery().substring(4))
                .getJWTClaimsSet().getJSONObjectClaim("context").get("user");
        assertThat(ada.get("name")).isEqualTo("Ada Lovelace");
    }

    @Test
    void jaasLetsEachParticipantInWithTheirRoleAtTheTimeOfTheInterview() {
        LiveInterview interview = provider.scheduleLive(Interviews.request(start(), "key-" + UUID.randomUUID()));
        String room = WithoutSignInTests.roomOf(interview.joinLinks().get("ada@example.org"));

        context.clock().advance(Duration.ofDays(2).minus(Duration.ofMinutes(10)));
        for (URI link : interview.joinLinks().values()) {
            assertThat(MockJitsiServer.open(link).statusCode()).as("opening %s", link).isEqualTo(200);
        }

        assertThat(JAAS.admissions()).filteredOn(admission -> admission.room().equals(room)).containsExactlyInAnyOrder(
                new MockJitsiServer.Admission(room, "Ada Lovelace", "ada@example.org", false),
                new MockJitsiServer.Admission(room, "Ian Interviewer", "ian@example.org", true),
                new MockJitsiServer.Admission(room, "Mia Müller", "mia@example.org", true));
    }

    @Test
    void aLinkOpensFromHalfAnHourBeforeTheStartUntilTheGracePeriodIsOver() {
        URI ada = provider.scheduleLive(Interviews.request(start(), "key-" + UUID.randomUUID())).joinLinks().get("ada@example.org");

        assertThat(MockJitsiServer.open(ada)).extracting(HttpResponse::statusCode, HttpResponse::body).containsExactly(403,
                "Token not valid yet");
        context.clock().advance(Duration.ofDays(2).minus(Duration.ofMinutes(30)));
        assertThat(MockJitsiServer.open(ada).statusCode()).isEqualTo(200);
        context.clock().advance(Duration.ofMinutes(30 + 60 + 44));
        assertThat(MockJitsiServer.open(ada).statusCode()).as("44 minutes after the end").isEqualTo(200);
        context.clock().advance(Duration.ofMinutes(1));
        assertThat(MockJitsiServer.open(ada)).extracting(HttpResponse::statusCode, HttpResponse::body).containsExactly(403,
                "Token expired");
    }

    @Test
    void aPassSignedWithAKeyJaasDoesNotHoldIsRefusedThere() {
        Map<String, String> otherKey = new HashMap<>(settings());
        otherKey.put(JitsiSettings.PRIVATE_KEY, TestKeys.pem("PRIVATE KEY", TestKeys.OTHER_RSA_KEY.getPrivate()));
        provider.configure(TestProviderContext.of("video-jitsi", otherKey, context.storage()));

        URI ada = provider.scheduleLive(Interviews.request(context.clock().instant(), "key-" + UUID.randomUUID())).joinLinks()
                .get("ada@example.org");

        assertThat(MockJitsiServer.open(ada)).extracting(HttpResponse::statusCode, HttpResponse::body).containsExactly(403,
                "Bad signature");
    }

    @Test
    void theConnectionTestAsksJaasUnderTheAppIdAndChecksTheKey() {
        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("The Jitsi server at 127.0.0.1 answered: it serves Jitsi Meet; a test pass signed with "
                + "your private key checks out (the server itself checks passes only when someone joins)");
        assertThat(JAAS.requestedPaths()).last().isEqualTo("/" + TestKeys.JAAS_APP_ID + "/external_api.js");
    }

    @Test
    void anAppIdJaasDoesNotKnowFailsTheConnectionTest() {
        Map<String, String> otherApp = new HashMap<>(settings());
        otherApp.put(JitsiSettings.APP_ID, "vpaas-magic-cookie-0000000000");
        otherApp.put(JitsiSettings.KEY_ID, "vpaas-magic-cookie-0000000000/4f4910");
        provider.configure(TestProviderContext.of("video-jitsi", otherApp));

        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).isEqualTo("The Jitsi server at 127.0.0.1 answered, but serves no Jitsi Meet at this address "
                + "(HTTP 404 for external_api.js); check the address and the App ID");
    }

    @Test
    void theSameRequestGivesTheSamePasses() {
        String key = "key-" + UUID.randomUUID();
        assertThat(provider.scheduleLive(Interviews.request(start(), key)).joinLinks())
                .isEqualTo(provider.scheduleLive(Interviews.request(start(), key)).joinLinks());
    }
}
