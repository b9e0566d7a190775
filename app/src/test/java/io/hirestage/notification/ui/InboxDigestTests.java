package io.hirestage.notification.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import io.hirestage.mail.WithMailServer;
import io.hirestage.notification.InboxDigest;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationNotes;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A hiring manager who ticks "Daily email" on the Inbox gets what arrived and is still unread, once, with links to it. */
@WithMockUser(username = "manager", roles = "HIRING_MANAGER")
class InboxDigestTests extends WithMailServer {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    ApplicationNotes notes;

    @Autowired
    Notifications notifications;

    @Autowired
    InboxDigest digest;

    private String managersAddress;

    @BeforeEach
    void theManagerAsksForTheDailyEmail() {
        managersAddress = fixture.user("manager").email();
        notifications.markAllRead();
        navigate(InboxView.class);
        Checkbox daily = find(Checkbox.class).id("daily-email");
        assertThat(daily.isEnabled()).isTrue();
        test(daily).click();
        assertThat(digest.wanted()).isTrue();
    }

    @AfterEach
    void stop() {
        digest.want(false);
    }

    @Test
    void whatArrivedAndIsUnreadIsMailedOnceWithItsLink() throws Exception {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager have a look at her API design"));
        int before = mailTo(managersAddress).size();

        digest.sendDigests();

        assertThat(mailTo(managersAddress)).hasSize(before + 1);
        MimeMessage mail = mailTo(managersAddress).getLast();
        assertThat(mail.getSubject()).isEqualTo("Hirestage: 1 unread notification");
        assertThat((String) mail.getContent()).contains("Mentioned you · ",
                "Riley Recruiter mentioned you in a note on " + ada.candidateName(),
                "http://localhost:8080/openings/" + opening.id() + "/board?application=" + ada.id(),
                "Your inbox: http://localhost:8080/inbox");

        digest.sendDigests();
        assertThat(mailTo(managersAddress)).as("nothing new, nothing sent").hasSize(before + 1);
    }

    @Test
    void whatWasReadInThePortalIsNotMailed() {
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");
        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager seen this?"));
        notifications.markAllRead();
        int before = mailTo(managersAddress).size();

        digest.sendDigests();

        assertThat(mailTo(managersAddress)).hasSize(before);
    }

    @Test
    void untickingStopsIt() {
        test(find(Checkbox.class).id("daily-email")).click();
        assertThat(digest.wanted()).isFalse();
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");
        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager seen this?"));
        int before = mailTo(managersAddress).size();

        digest.sendDigests();

        assertThat(mailTo(managersAddress)).hasSize(before);
    }
}
