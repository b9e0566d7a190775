package io.hirestage.plugin.ui;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.grid.Grid;
import io.hirestage.plugin.OutboundOperation;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.VendorInvitationStatus;
import io.hirestage.plugin.VendorInvitationView;
import io.hirestage.plugin.VendorResultChanged;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ProviderViewTests extends SpringBrowserlessTest {

    @Autowired
    ProviderConsole console;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void backToDefaults() {
        console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", ""));
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
        assertThat(test(invitations).getCellText(0, 0)).isEqualTo("sbv-push-1");
        assertThat(test(invitations).getCellText(0, 1)).isEqualTo("completed");
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
        assertThat(find(Span.class).id("circuit-state").getText()).isEqualTo("Closed");
    }
}
