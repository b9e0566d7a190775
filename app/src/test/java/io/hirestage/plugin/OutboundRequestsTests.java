package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.hirestage.PortalOnRandomPort;

/** Requests to vendors, recorded first and carried out by the background task (db-scheduler). */
@PortalOnRandomPort
class OutboundRequestsTests {

    @Autowired
    OutboundRequests requests;

    @Autowired
    ProviderCalls calls;

    @Test
    void anInvitationIsCarriedOutInTheBackgroundAndItsResultKept() {
        String key = "invite-" + UUID.randomUUID();

        OutboundRequestView recorded = requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, invite(key, "backend-lead"), key);
        assertThat(recorded.status()).isEqualTo(OutboundRequestStatus.PENDING);

        OutboundRequestView done = awaitCompletion(key);
        assertThat(done.status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.result()).contains("\"invitationId\"", "sandbox.invalid/assessments/");
    }

    @Test
    void recordingTheSameKeyTwiceMakesOneRequest() {
        String key = "invite-" + UUID.randomUUID();

        OutboundRequestView first = requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, invite(key, "backend-lead"), key);
        OutboundRequestView second = requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, invite(key, "backend-lead"), key);

        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void aRequestMadeAgainAfterACrashDoesNotInviteTwice() {
        String key = "invite-" + UUID.randomUUID();
        // The vendor was called, then the portal died before it recorded the outcome.
        AssessmentInvitation beforeTheCrash = calls.call("sandbox-assessment", AssessmentProvider.class, "invite",
                provider -> provider.invite(invite(key, "backend-lead")));

        requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, invite(key, "backend-lead"), key);

        assertThat(awaitCompletion(key).result()).contains("\"" + beforeTheCrash.invitationId() + "\"");
    }

    @Test
    void aRequestTheVendorRefusesFailsWithItsReasonAndCanBeRetried() {
        String key = "invite-" + UUID.randomUUID();
        requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, invite(key, "no-such-test"), key);

        OutboundRequestView failed = awaitCompletion(key);
        assertThat(failed.status()).isEqualTo(OutboundRequestStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("The sandbox offers no test 'no-such-test'");
        assertThat(failed.attempts()).as("a refusal is not retried").isEqualTo(1);

        assertThat(requests.retry(key).status()).isEqualTo(OutboundRequestStatus.PENDING);
        assertThat(awaitAttempts(key, 2).status()).isEqualTo(OutboundRequestStatus.FAILED);
    }

    @Test
    void aRequestForAProviderThatIsNotRunningFailsWithAClearReason() {
        String key = "erase-" + UUID.randomUUID();
        requests.enqueue("retired-vendor", OutboundOperation.ASSESSMENT_ERASE_CANDIDATE, "ada@example.org", key);

        assertThat(awaitCompletion(key).lastError()).isEqualTo("The provider 'retired-vendor' is not available: its plugin is not started");
    }

    @Test
    void aPayloadOfTheWrongKindOrWithAnotherKeyIsRefusedAtOnce() {
        assertThatThrownBy(() -> requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, "not a request", "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE, invite("k2", "t"), "k3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs");
    }

    private OutboundRequestView awaitCompletion(String key) {
        return await(key, view -> view.status() != OutboundRequestStatus.PENDING);
    }

    private OutboundRequestView awaitAttempts(String key, int attempts) {
        return await(key, view -> view.attempts() >= attempts && view.status() != OutboundRequestStatus.PENDING);
    }

    private OutboundRequestView await(String key, java.util.function.Predicate<OutboundRequestView> done) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> requests.find(key).orElseThrow(), done::test);
    }

    private static AssessmentRequest invite(String key, String testId) {
        return new AssessmentRequest(testId, "Ada Lovelace", "ada@example.org", key);
    }
}
