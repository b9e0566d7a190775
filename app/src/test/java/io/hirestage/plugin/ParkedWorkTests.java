package io.hirestage.plugin;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin starts again what the background work parked: a failed request is sent again under the
 * same retry policy, a parked invitation is checked again and its result arrives; what is no longer
 * parked is refused with a message, and only admins may do either.
 */
@PortalOnRandomPort
@WithMockUser(username = "admin", roles = "ADMIN")
class ParkedWorkTests {

    private static final String SANDBOX = "sandbox-assessment";

    @Autowired
    ParkedWork parked;

    @Autowired
    OutboundRequests requests;

    @Autowired
    VendorResults results;

    @Autowired
    VendorInvitationRepository invitations;

    @Autowired
    ProviderCalls calls;

    @Autowired
    PluginCatalog plugins;

    @Autowired
    ProviderConsole console;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void backToDefaults() {
        plugins.setEnabled(SANDBOX, true);
        console.saveSettings(SANDBOX, Map.of("completesAfterSeconds", ""));
    }

    @Test
    void anAdminRetriesAFailedRequestOnceItsCauseIsFixedAndItIsSentAgainAndSucceeds() {
        plugins.setEnabled(SANDBOX, false);
        String key = "parked-" + UUID.randomUUID();
        requests.enqueue(SANDBOX, OutboundOperation.ASSESSMENT_INVITE, invite(key), key);
        OutboundRequestView failed = awaitRequest(key, view -> view.status() == OutboundRequestStatus.FAILED);
        assertThat(parked.failedRequests(SANDBOX, Pageable.unpaged())).as("listed with its reason and its calls")
                .filteredOn(view -> view.idempotencyKey().equals(key)).singleElement()
                .satisfies(view -> {
                    assertThat(view.lastError()).isEqualTo("The provider 'sandbox-assessment' is not available: its plugin is not started");
                    assertThat(view.attempts()).isEqualTo(1);
                    assertThat(view.completedAt()).isNotNull();
                });

        plugins.setEnabled(SANDBOX, true);
        assertThat(parked.retry(key).status()).isEqualTo(OutboundRequestStatus.PENDING);

        OutboundRequestView done = awaitRequest(key, view -> view.status() == OutboundRequestStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(failed.attempts() + 1);
        assertThat(done.lastError()).isNull();
        assertThat(parked.failedRequests(SANDBOX, Pageable.unpaged())).extracting(OutboundRequestView::idempotencyKey).doesNotContain(key);
        assertThat(awaitInvitation(key, view -> true).vendorId()).as("the accepted invitation is followed").startsWith("sbx-");
        assertThat(auditLog.search(new AuditFilter("admin", ProviderConsole.AUDIT_TYPE, "request retried", key, null, null),
                PageRequest.of(0, 10)).getContent()).extracting(AuditEntry::summary).singleElement().asString()
                .contains("Assessment invitation", "after 1 call:", "its plugin is not started");
    }

    @Test
    void retryingARequestThatIsNoLongerFailedIsRefusedWithWhatBecameOfIt() {
        String key = "succeeded-" + UUID.randomUUID();
        requests.enqueue(SANDBOX, OutboundOperation.ASSESSMENT_INVITE, invite(key), key);
        OutboundRequestView done = awaitRequest(key, view -> view.status() == OutboundRequestStatus.SUCCEEDED);

        assertThatThrownBy(() -> parked.retry(key)).isInstanceOf(RetryRejectedException.class)
                .hasMessage("The request " + key + " has succeeded meanwhile; nothing was changed");
        assertThatThrownBy(() -> parked.retry("no-such-request")).isInstanceOf(RetryRejectedException.class)
                .hasMessage("The request no-such-request no longer exists");
        assertThat(requests.find(key).orElseThrow()).as("left as it was").isEqualTo(done);
    }

    @Test
    void checkingAParkedInvitationAgainChecksItAtTheVendorAndItsResultArrives() {
        console.saveSettings(SANDBOX, Map.of("completesAfterSeconds", "0"));
        String key = parkedInvitation();
        assertThat(parked.parkedInvitations(SANDBOX, Pageable.unpaged())).as("listed with its reason and its failed checks")
                .filteredOn(invitation -> invitation.requestKey().equals(key)).singleElement()
                .satisfies(invitation -> {
                    assertThat(invitation.problem()).isEqualTo("The provider failed: Connection reset");
                    assertThat(invitation.failedChecks()).isEqualTo(VendorResults.MAX_FAILED_CHECKS);
                    assertThat(invitation.parkedAt()).isNotNull();
                });

        VendorInvitationView followed = parked.checkAgain(key);
        assertThat(followed.status()).isEqualTo(VendorInvitationStatus.INVITED);
        assertThat(followed.problem()).isNull();

        VendorInvitationView completed = awaitInvitation(key, view -> view.status() == VendorInvitationStatus.COMPLETED);
        assertThat(completed.result()).contains("\"score\"", "API design and system structuring");
        assertThat(completed.problem()).isNull();
        assertThat(parked.parkedInvitations(SANDBOX, Pageable.unpaged())).extracting(ParkedInvitation::requestKey).doesNotContain(key);
        assertThat(invitations.findByRequestKey(key).orElseThrow().getFailedChecks()).as("counted afresh").isZero();
    }

    @Test
    void checkingAgainAnInvitationSomeoneElseStartedAgainIsRefused() {
        // The sandbox's default: the pretend candidate takes 30 s, so the invitation stays invited meanwhile.
        String key = parkedInvitation();
        parked.checkAgain(key);

        assertThatThrownBy(() -> parked.checkAgain(key)).isInstanceOf(RetryRejectedException.class)
                .hasMessage("The invitation " + key + " is being checked again already (someone else asked for it); nothing was changed");
    }

    @Test
    void aRecruiterMayNeitherSeeNorStartParkedWork() {
        String key = "refused-" + UUID.randomUUID();
        requests.enqueue(SANDBOX, OutboundOperation.ASSESSMENT_INVITE, new AssessmentRequest("no-such-test", "Ada Lovelace",
                "ada@example.org", key), key);
        awaitRequest(key, view -> view.status() == OutboundRequestStatus.FAILED);

        assertThatThrownBy(() -> asRecruiter(() -> parked.failedRequests(SANDBOX, Pageable.unpaged())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asRecruiter(() -> parked.parkedInvitations(SANDBOX, Pageable.unpaged())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asRecruiter(() -> parked.retry(key))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asRecruiter(() -> parked.checkAgain(key))).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.find(key).orElseThrow().status()).isEqualTo(OutboundRequestStatus.FAILED);
    }

    /**
     * An invitation the sandbox knows, followed by the host and parked as the result poller leaves
     * one whose checks kept failing (their back-off would take hours): in one transaction, so the
     * poller never sees it due.
     */
    private String parkedInvitation() {
        String key = "parked-invitation-" + UUID.randomUUID();
        AssessmentInvitation atTheVendor = calls.call(SANDBOX, AssessmentProvider.class, "invite", provider -> provider.invite(invite(key)));
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now();
            VendorInvitation invitation = new VendorInvitation(key, SANDBOX, atTheVendor.invitationId(), OutboundOperation.ASSESSMENT_INVITE,
                    now);
            for (int check = 0; check < VendorResults.MAX_FAILED_CHECKS; check++) {
                invitation.checkFailed("The provider failed: Connection reset", now, now);
            }
            invitation.parked("The provider failed: Connection reset", now);
            invitations.save(invitation);
        });
        return key;
    }

    private static <T> T asRecruiter(Supplier<T> work) {
        return as("recruiter", Role.RECRUITER, work);
    }

    private OutboundRequestView awaitRequest(String key, Predicate<OutboundRequestView> done) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> requests.find(key).orElseThrow(), done::test);
    }

    private VendorInvitationView awaitInvitation(String key, Predicate<VendorInvitationView> done) {
        // In the test's thread: the lookup needs the test's user.
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                .until(() -> results.find(key), view -> view.isPresent() && done.test(view.get())).orElseThrow();
    }

    private static AssessmentRequest invite(String key) {
        return new AssessmentRequest("backend-lead", "Ada Lovelace", "ada@example.org", key);
    }
}
