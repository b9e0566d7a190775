package io.hirestage.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class ErrorHandlingTests extends SpringBrowserlessTest {

    @Test
    void aButtonThatFailsShowsACalmMessageWithAReferenceAndNoDetail() {
        String shown = clickAndReadNotification("broken");
        assertThat(shown).startsWith(ErrorMessages.UNEXPECTED).containsPattern("Reference: [0-9a-f]{8}")
                .doesNotContain("internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void aRefusalShowsItsOwnMessage() {
        assertThat(clickAndReadNotification("refused")).isEqualTo("This candidate is already in the pipeline");
    }

    @Test
    void methodSecurityDenialSaysSoInWords() {
        assertThat(clickAndReadNotification("denied")).isEqualTo("You do not have access to this.");
    }

    @Test
    void aViewThatFailsWhileOpeningShowsTheErrorViewNotAStackTrace() {
        UI.getCurrent().navigate("test-only/broken-on-enter");

        assertThat(find(ErrorView.class).exists()).isTrue();
        String shown = find(Paragraph.class).id("error-message").getText();
        assertThat(shown).startsWith(ErrorMessages.UNEXPECTED).doesNotContain("internal detail");
    }

    @Test
    void anUnknownAddressSaysPageNotFound() {
        UI.getCurrent().navigate("no-such-page-here");

        assertThat(find(Paragraph.class).id("error-message").getText()).startsWith("Page not found");
    }

    /**
     * Clicks, and hands what the click threw to the session's handler as Vaadin's request
     * handling would (browserless clicks call listeners directly).
     */
    private String clickAndReadNotification(String buttonId) {
        navigate(ThrowingTestView.class);
        try {
            test(find(Button.class).id(buttonId)).click();
        } catch (RuntimeException thrown) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        }
        return ToastText.of(find(Notification.class).single());
    }
}
