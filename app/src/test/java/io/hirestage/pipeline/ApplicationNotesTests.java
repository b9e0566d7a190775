package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.jobrole.Stage;
import io.hirestage.notification.NotificationKind;
import io.hirestage.notification.NotificationView;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Notes as the team uses them: written, edited and deleted by their author, mentioning colleagues who are told in their inbox. */
@SpringBootTest
class ApplicationNotesTests {

    @Autowired
    ApplicationNotes notes;

    @Autowired
    Applications applications;

    @Autowired
    Notifications notifications;

    @Autowired
    PipelineFixture fixture;

    @Test
    void theAuthorEditsAndDeletesTheirNoteAndNobodyElseMay() {
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");
        ActivityEntry written = as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "Strong on Kafka"));
        assertThat(written.yours()).isTrue();
        assertThat(noteOf(ada, "manager", Role.HIRING_MANAGER).yours()).as("the manager sees it, but it is not theirs").isFalse();

        assertThatThrownBy(() -> as("manager", Role.HIRING_MANAGER, () -> run(() -> notes.edit(written.id(), "Weak on Kafka"))))
                .hasMessage("Only the author of a note may change it");
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> run(() -> notes.delete(written.id()))))
                .hasMessage("Only the author of a note may change it");

        as("recruiter", Role.RECRUITER, () -> run(() -> notes.edit(written.id(), "Strong on Kafka and Postgres")));
        ActivityEntry edited = noteOf(ada, "manager", Role.HIRING_MANAGER);
        assertThat(edited.summary()).isEqualTo("Note: Strong on Kafka and Postgres");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.id()).as("the note stays where it was written").isEqualTo(written.id());

        as("recruiter", Role.RECRUITER, () -> run(() -> notes.delete(written.id())));
        ActivityEntry deleted = noteOf(ada, "manager", Role.HIRING_MANAGER);
        assertThat(deleted.kind()).isEqualTo(ActivityKind.NOTE_DELETED);
        assertThat(deleted.detail()).as("its text is gone from what the team sees").isNull();
        assertThat(deleted.yours()).isFalse();
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> run(() -> notes.edit(written.id(), "Again"))))
                .hasMessage("This note was deleted already");
    }

    @Test
    void aMentionTellsTheColleagueWithALinkToTheApplication() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager could you read her resume? Mail her at ada@example.org."));

        NotificationView told = inboxAbout("manager", Role.HIRING_MANAGER, ada).getFirst();
        assertThat(told.kind()).isEqualTo(NotificationKind.MENTIONED);
        assertThat(told.message()).startsWith("Riley Recruiter mentioned you in a note on " + ada.candidateName() + " (" + opening.title() + ")")
                .contains("could you read her resume?");
        assertThat(told.link()).isEqualTo("openings/" + opening.id() + "/board?application=" + ada.id());
        assertThat(told.read()).isFalse();
        assertThat(inboxAbout("recruiter", Role.RECRUITER, ada)).as("the writer is not told about their own note").isEmpty();

        long unread = as("manager", Role.HIRING_MANAGER, () -> notifications.unread());
        assertThat(as("recruiter", Role.RECRUITER, () -> notifications.open(told.id()))).as("another person's notification").isEmpty();
        assertThat(as("manager", Role.HIRING_MANAGER, () -> notifications.open(told.id()))).contains(told.link());
        assertThat(as("manager", Role.HIRING_MANAGER, () -> notifications.unread())).isEqualTo(unread - 1);
        assertThat(inboxAbout("manager", Role.HIRING_MANAGER, ada).getFirst().read()).isTrue();
    }

    @Test
    void onlyColleaguesWhoSeeTheCandidateCanBeMentioned() {
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "Ask @nobody-here about her")))
                .hasMessageStartingWith("Nobody here has the user name @nobody-here");
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@interviewer have a look")))
                .hasMessage("Ivan Interviewer does not see this candidate, so a mention would not reach them; assign them as an interviewer first");
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.timeline(ada.candidateId())))
                .as("a refused note is not kept").noneMatch(entry -> entry.kind() == ActivityKind.NOTE);
        assertThat(as("recruiter", Role.RECRUITER, () -> notes.mentionable(ada.id())).stream().map(User::username))
                .contains("admin", "manager").doesNotContain("interviewer", "recruiter");

        as("recruiter", Role.RECRUITER, () -> applications.assignInterviewers(ada.id(), ada.version(), Set.of(fixture.user("interviewer").id())));
        as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@Interviewer have a look."));
        assertThat(inboxAbout("interviewer", Role.INTERVIEWER, ada)).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.MENTIONED, NotificationKind.ASSIGNED);
    }

    @Test
    void anEditTellsOnlyTheColleaguesItNewlyMentions() {
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");
        ActivityEntry note = as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "@manager please look"));
        as("recruiter", Role.RECRUITER, () -> run(() -> notes.edit(note.id(), "@manager please look today")));
        assertThat(inboxAbout("manager", Role.HIRING_MANAGER, ada)).hasSize(1);

        as("recruiter", Role.RECRUITER, () -> run(() -> notes.edit(note.id(), "@manager and @admin please look today")));
        assertThat(inboxAbout("manager", Role.HIRING_MANAGER, ada)).hasSize(1);
        assertThat(inboxAbout("admin", Role.ADMIN, ada)).extracting(NotificationView::kind).containsExactly(NotificationKind.MENTIONED);
    }

    @Test
    void aMoveThatSkipsStagesNamesThemInTheHistory() {
        ApplicationView ada = fixture.applicant(fixture.opening(), "Ada");
        as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.VIDEO_INTERVIEW));

        assertThat(as("recruiter", Role.RECRUITER, () -> applications.timeline(ada.candidateId())).getFirst().summary())
                .isEqualTo("Moved from Sourcing to Video interview, skipping Resume screening and Skills assessment");
    }

    private ActivityEntry noteOf(ApplicationView application, String username, Role role) {
        return as(username, role, () -> applications.timeline(application.candidateId())).stream()
                .filter(entry -> entry.kind() == ActivityKind.NOTE || entry.kind() == ActivityKind.NOTE_DELETED).findFirst().orElseThrow();
    }

    private List<NotificationView> inboxAbout(String username, Role role, ApplicationView application) {
        return as(username, role, () -> notifications.inbox()).stream()
                .filter(notification -> notification.link().endsWith("application=" + application.id())).toList();
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
