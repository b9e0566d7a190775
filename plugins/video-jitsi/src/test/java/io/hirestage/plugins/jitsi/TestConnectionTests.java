package io.hirestage.plugins.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Test connection" against a Jitsi server that answers, fails, sends visitors elsewhere, never answers, or is not there. */
class TestConnectionTests {

    private static final MockJitsiServer JITSI = new MockJitsiServer();
    private static final Duration TIME_LIMIT = Duration.ofMillis(300);

    private final JitsiVideoInterviewProvider provider = new JitsiVideoInterviewProvider(TIME_LIMIT);

    @AfterEach
    void closeProviderAndMendServer() {
        provider.close();
        JITSI.misbehaving.set(null);
    }

    @AfterAll
    static void stopJitsi() {
        JITSI.close();
    }

    @Test
    void aJitsiServerThatAnswersPasses() {
        assertThat(checkAt(JITSI.address())).isEqualTo(ConnectionCheck.ok("The Jitsi server at 127.0.0.1 answered: it serves Jitsi Meet; "
                + "links need no sign-in"));
        assertThat(JITSI.requestedPaths()).last().isEqualTo("/external_api.js");
    }

    @Test
    void aServerInTroubleFailsWithItsHttpStatus() {
        JITSI.misbehaving.set(new MockResponse.Builder().code(500).body("Internal error").build());

        assertThat(checkAt(JITSI.address())).isEqualTo(ConnectionCheck.failed("The Jitsi server at 127.0.0.1 answered with an error "
                + "(HTTP 500); try again later, or ask whoever runs it"));
    }

    @Test
    void aServerThatServesNoJitsiMeetSaysSo() {
        JITSI.misbehaving.set(new MockResponse.Builder().code(404).body("Not found").build());

        assertThat(checkAt(JITSI.address())).isEqualTo(ConnectionCheck.failed("The Jitsi server at 127.0.0.1 answered, but serves no "
                + "Jitsi Meet at this address (HTTP 404 for external_api.js); check the address"));
    }

    @Test
    void aRedirectIsNotFollowedButNamed() {
        JITSI.misbehaving.set(new MockResponse.Builder().code(301).addHeader("Location", "http://169.254.169.254/latest/").build());

        assertThat(checkAt(JITSI.address())).isEqualTo(ConnectionCheck.failed("The Jitsi server at 127.0.0.1 sends visitors elsewhere "
                + "(HTTP 301); enter the address Jitsi Meet is served at"));
        assertThat(JITSI.requestedPaths()).last().isEqualTo("/external_api.js");
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheTimeLimit() {
        JITSI.misbehaving.set(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        assertThat(checkAt(JITSI.address())).isEqualTo(ConnectionCheck.failed("The Jitsi server at 127.0.0.1 did not answer within 300 "
                + "milliseconds; check the address and that the server is running"));
    }

    @Test
    void aServerThatIsNotThereCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        assertThat(checkAt("http://127.0.0.1:" + closedPort)).isEqualTo(ConnectionCheck.failed("The Jitsi server at 127.0.0.1 could not be "
                + "reached (ConnectException); check the address and that this machine may connect to it"));
    }

    @Test
    void aServerThatAnswersWithEndlessDataIsNotReadToTheEnd() {
        JITSI.misbehaving.set(new MockResponse.Builder().code(200).body("x".repeat(1_000_000)).throttleBody(1024, 1, TimeUnit.SECONDS)
                .build());

        // Read to its end at this pace, the body would take over 16 minutes.
        ConnectionCheck check = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checkAt(JITSI.address()));

        assertThat(check.ok()).as("only the status counts, the body is never read").isTrue();
    }

    private ConnectionCheck checkAt(String address) {
        provider.configure(TestProviderContext.of("video-jitsi", Map.of(JitsiSettings.SERVER_URL, address)));
        return provider.testConnection();
    }
}
