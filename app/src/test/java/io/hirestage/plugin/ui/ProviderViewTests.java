package io.hirestage.plugin.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.pipeline.VendorSteps;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.security.Role;
import java.util.List;
import java.time.Duration;
import org.awaitility.Awaitility;
import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import io.hirestage.plugin.OutboundOperation;
import io.hirestage.plugin.OutboundRequestStatus;
import io.hirestage.plugin.OutboundRequestView;
import io.hirestage.plugin.OutboundRequests;
import io.hirestage.plugin.ParkedInvitation;
import io.hirestage.plugin.ParkedWork;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.VendorResults;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.VendorInvitationStatus;
import io.hirestage.plugin.VendorInvitationView;
import io.hirestage.plugin.VendorResultChanged;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ProviderViewTests extends SpringBrowserlessTest {

    @Autowired
    ProviderConsole console;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Autowired
    VendorSteps vendorSteps;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OutboundRequests requests;

    @Autowired
    ParkedWork parked;

    @Autowired
    VendorResults results;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void backToDefaults() {
        console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", ""));
    }

    @Test
    void anUnknownProviderIdSaysSoAndLeadsBackToThePlugins() {
        navigate(ProviderView.class, "no-such-vendor");

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("provider-unavailable").getText())
                .isEqualTo("The provider 'no-such-vendor' is not available: its plugin is not started");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).withText("All plugins").exists()).isTrue();
    }

    @Test
    void thePageSaysWhatTheProviderDoes() {
        navigate(ProviderView.class, "sandbox-assessment");

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("provider-capabilities").getText())
                .isEqualTo("It withdraws invitations, erases a candidate at the vendor when you erase them here, gives the candidate's "
                        + "link, says when a link expires and takes the vendor's webhooks.");
    }

    @Test
    void theFormIsMadeFromTheProvidersSchemaAndASavedSecretIsNotShownAgain() {
        navigate(ProviderView.class, "sandbox-assessment");

        IntegerField delay = find(IntegerField.class).withLabel("Completes after (seconds)").single();
        assertThat(delay.getValue()).isEqualTo(30);
        assertThat(delay.getHelperText()).contains("pretend candidate");
        PasswordField secret = find(PasswordField.class).withLabel("Webhook signing secret").single();

        test(delay).setValue(12);
        test(secret).setValue("a-signing-secret");
        test(find(Button.class).id("save-settings")).click();

        assertThat(secret.getValue()).isEmpty();
        assertThat(secret.getPlaceholder()).isEqualTo("Set; type to replace");
        assertThat(console.settingsForm("sandbox-assessment").values()).containsEntry("completesAfterSeconds", "12");
    }

    @Test
    void aNumberOutsideItsLimitsIsRefusedOnItsFieldAndTheStoredValueStays() {
        navigate(ProviderView.class, "sandbox-assessment");
        IntegerField delay = find(IntegerField.class).withLabel("Completes after (seconds)").single();
        assertThat(delay.getMin()).isZero();
        assertThat(delay.getMax()).isEqualTo(86_400);

        // The tester types only values the field accepts; the browser lets a person type -5 and then says why not.
        delay.setValue(-5);
        test(find(Button.class).id("save-settings")).click();

        assertThat(delay.isInvalid()).isTrue();
        assertThat(delay.getI18n().getMinErrorMessage()).isEqualTo("Enter a number from 0 to 86400");
        assertThat(console.settingsForm("sandbox-assessment").values()).doesNotContainEntry("completesAfterSeconds", "-5");
    }

    @Test
    void aVendorResultIsPushedToTheOpenProviderPage() throws InterruptedException {
        navigate(ProviderView.class, "sandbox-video");
        Grid<VendorInvitationView> invitations = find(Grid.class).id("invitations");
        int before = test(invitations).size();

        // As the result poller does, from its own thread, once the result is stored.
        Thread background = new Thread(() -> events.publishEvent(new VendorResultChanged(new VendorInvitationView("key-1", "sandbox-video",
                "sbv-push-1", OutboundOperation.VIDEO_INVITE_ONE_WAY, VendorInvitationStatus.COMPLETED, "{}", null, Instant.now()), null)));
        background.start();
        background.join();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(test(invitations).size()).isEqualTo(before + 1);
        assertThat(test(invitations).getCellText(0, 0)).as("no vendor step sent it, so no candidate").isEqualTo("—");
        assertThat(test(invitations).getCellText(0, 1)).isEqualTo("sbv-push-1");
        assertThat(test(invitations).getCellText(0, 2)).isEqualTo("completed");
    }

    @Test
    void eachInvitationNamesTheCandidateItIsForAndTheWebhookUrlIsThereToCopy() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView inAssessment = as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.SKILLS_ASSESSMENT));
        as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(inAssessment.id(), new AssessmentTest("backend-lead",
                "Backend Lead Developer skills test", Duration.ofMinutes(75), List.of("API design and system structuring"))));
        String requestKey = jdbc.queryForObject("select request_key from vendor_step where application_id = ?", String.class, inAssessment.id());
        navigate(ProviderView.class, "sandbox-assessment");
        Grid<VendorInvitationView> invitations = find(Grid.class).id("invitations");

        events.publishEvent(new VendorResultChanged(new VendorInvitationView(requestKey, "sandbox-assessment", "sba-named-1",
                OutboundOperation.ASSESSMENT_INVITE, VendorInvitationStatus.COMPLETED, "{}", null, Instant.now()), null));
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(test(invitations).getCellText(0, 0)).isEqualTo(ada.candidateName());
        TextField url = find(TextField.class).id("webhook-url");
        assertThat(url.getValue()).isEqualTo("http://localhost:8080/hooks/sandbox-assessment");
        assertThat(url.isReadOnly()).isTrue();
        test(find(Button.class).id("copy-webhook-url")).click();

        navigate(ProviderView.class, "bls-oews-salary");
        assertThat(find(Paragraph.class).id("webhook-url").getText()).as("a provider that is asked, not told")
                .startsWith("This provider does not receive webhooks");
    }

    @Test
    void testConnectionRunsInTheBackgroundAndItsResultIsPushed() {
        navigate(ProviderView.class, "bls-oews-salary");
        Span result = find(Span.class).id("connection-result");

        test(find(Button.class).id("test-connection")).click();
        // The test holds the session lock, as a request would; the pushed update runs once it is let through.
        VaadinSession session = VaadinSession.getCurrent();
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().until(() -> {
            session.getService().runPendingAccessTasks(session);
            return !result.getText().equals("Testing…");
        });

        assertThat(result.getText()).isEqualTo("Connected: This provider needs no connection");
        assertThat(find(Span.class).id("circuit-state").getText()).isEqualTo("Working");
    }

    @Test
    void aFailedRequestIsListedWithItsReasonAndRetryQueuesItAgain() {
        String key = failedRequest("Rate limited, try again later");
        navigate(ProviderView.class, "sandbox-assessment");
        Grid<OutboundRequestView> failed = find(Grid.class).id("failed-requests");

        int row = rowOf(failed, OutboundRequestView::idempotencyKey, key);
        assertThat(test(failed).getCellText(row, 1)).isEqualTo("Assessment invitation");
        assertThat(test(failed).getCellText(row, 3)).as("calls made").isEqualTo("5");
        assertThat(test(failed).getCellText(row, 4)).isEqualTo("Rate limited, try again later");

        test((Button) test(failed).getCellComponent(row, NeedsAttentionPanel.ACTION_COLUMN)).click();

        assertThat(notifications()).contains("Sent again: Assessment invitation " + key + " is queued; its calls show under Recent calls");
        assertThat(rowOf(failed, OutboundRequestView::idempotencyKey, key)).as("no longer listed").isEqualTo(-1);
        assertThat(requests.find(key).orElseThrow().status()).isEqualTo(OutboundRequestStatus.PENDING);
    }

    @Test
    void aRetrySomeoneElseMadeFirstIsRefusedWithAMessageAndTheRowLeaves() {
        String key = failedRequest("The vendor is down for maintenance");
        navigate(ProviderView.class, "sandbox-assessment");
        Grid<OutboundRequestView> failed = find(Grid.class).id("failed-requests");
        Button retry = (Button) test(failed).getCellComponent(rowOf(failed, OutboundRequestView::idempotencyKey, key),
                NeedsAttentionPanel.ACTION_COLUMN);

        parked.retry(key); // another admin, from their own page, while this one still shows the row

        test(retry).click();
        assertThat(notifications()).contains("The request " + key + " is being sent again already (someone else retried it); "
                + "nothing was changed");
        assertThat(rowOf(failed, OutboundRequestView::idempotencyKey, key)).isEqualTo(-1);
    }

    @Test
    void aParkedInvitationIsListedWithItsReasonAndCheckAgainFollowsItAgain() {
        String key = "parked-view-" + UUID.randomUUID();
        // As the result poller leaves an invitation whose checks kept failing.
        jdbc.update("insert into vendor_invitation (request_key, provider_id, vendor_id, operation, status, problem, next_check_at, "
                + "last_checked_at, failed_checks, version) values (?, 'sandbox-assessment', ?, 'ASSESSMENT_INVITE', 'VENDOR_ERROR', "
                + "'The provider failed: Connection reset', null, ?, 10, 0)", key, "sbx-" + key, Timestamp.from(Instant.now()));
        navigate(ProviderView.class, "sandbox-assessment");
        Grid<ParkedInvitation> invitations = find(Grid.class).id("parked-invitations");

        int row = rowOf(invitations, ParkedInvitation::requestKey, key);
        assertThat(test(invitations).getCellText(row, 4)).isEqualTo("10 in a row");
        assertThat(test(invitations).getCellText(row, 5)).isEqualTo("The provider failed: Connection reset");

        test((Button) test(invitations).getCellComponent(row, NeedsAttentionPanel.ACTION_COLUMN)).click();

        assertThat(notifications()).contains("Checking again: Assessment invitation " + key
                + "; its result shows under Invitations when it arrives");
        assertThat(rowOf(invitations, ParkedInvitation::requestKey, key)).isEqualTo(-1);
        assertThat(results.find(key).orElseThrow().status()).isEqualTo(VendorInvitationStatus.INVITED);
    }

    @Test
    void aProviderWithNothingParkedSaysNothingIsWaiting() {
        navigate(ProviderView.class, "bls-oews-salary");

        Grid<?> failed = find(Grid.class).id("failed-requests");
        Grid<?> invitations = find(Grid.class).id("parked-invitations");
        assertThat(test(failed).size()).isZero();
        assertThat(failed.getEmptyStateText()).isEqualTo("Nothing waiting: no request to this provider has failed.");
        assertThat(test(invitations).size()).isZero();
        assertThat(invitations.getEmptyStateText()).startsWith("Nothing waiting:");
    }

    /** A request parked after all its calls failed; recorded and parked at once, so no scheduler takes it meanwhile. */
    private String failedRequest(String reason) {
        String key = "failed-view-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            requests.enqueue("sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE,
                    new AssessmentRequest("backend-lead", "Ada Lovelace", "ada@example.org", key), key);
            jdbc.update("update outbound_request set status = 'FAILED', attempts = 5, last_error = ?, completed_at = ? "
                    + "where idempotency_key = ?", reason, Timestamp.from(Instant.now()), key);
        });
        return key;
    }

    private <T> int rowOf(Grid<T> grid, Function<T, String> key, String wanted) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (key.apply(test(grid).getRow(row)).equals(wanted)) {
                return row;
            }
        }
        return -1;
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(io.hirestage.base.ui.ToastText::of).toList();
    }
}
