package io.hirestage.notification.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationNotes;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.pipeline.ui.PipelineBoardView;
import io.hirestage.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** A hiring manager mentioned in a note sees it in the inbox, counted in the header, and opens the application from it. */
@SpringBootTest
@WithMockUser(username = "manager", roles = "HIRING_MANAGER")
class InboxViewTests extends SpringBrowserlessTest {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    ApplicationNotes notes;

    @Autowired
    Notifications notifications;

    @Test
    void aMentionIsCountedListedAndOpensTheApplication() {
        as("manager", Role.HIRING_MANAGER, () -> {
            notifications.markAllRead();
            return null;
        });
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager have a look at her API design"));

        navigate(InboxView.class);
        assertThat(find(Span.class).id("inbox-count").getText()).isEqualTo("1");
        assertThat(find(Button.class).id("inbox-button").getElement().getAttribute("aria-label")).isEqualTo("Inbox, 1 unread");
        Div item = find(Div.class).all().stream().filter(div -> div.hasClassName("inbox-item")).findFirst().orElseThrow();
        assertThat(item.hasClassName("unread")).isTrue();
        assertThat(item.getElement().getTextRecursively()).startsWith("Mentioned you")
                .contains("Riley Recruiter mentioned you in a note on " + ada.candidateName());

        ComponentUtil.fireEvent(item, new ClickEvent<>(item));

        assertThat(getCurrentView()).isInstanceOf(PipelineBoardView.class);
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo(ada.candidateName());
        assertThat(find(Button.class).id("inbox-button").getElement().getAttribute("aria-label")).as("nothing unread is left")
                .isEqualTo("Inbox, nothing new");
    }

    @Test
    void markAllAsReadClearsTheCount() {
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");
        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager one more"));
        navigate(InboxView.class);
        assertThat(find(Span.class).id("inbox-count").getText()).isNotEqualTo("0");

        test(find(Button.class).id("mark-all-read")).click();

        assertThat(as("manager", Role.HIRING_MANAGER, () -> notifications.unread())).isZero();
        assertThat(find(Div.class).all().stream().filter(div -> div.hasClassName("inbox-item")))
                .noneMatch(div -> div.hasClassName("unread"));
    }

    @Test
    void theDailyEmailIsOfferedButNeedsAMailServer() {
        navigate(InboxView.class);

        Checkbox daily = find(Checkbox.class).id("daily-email");
        assertThat(daily.isEnabled()).isFalse();
        assertThat(daily.getHelperText()).isEqualTo("Needs a mail server; none is configured");
    }
}
