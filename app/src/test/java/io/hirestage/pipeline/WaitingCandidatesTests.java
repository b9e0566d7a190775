package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.MovableClock;
import io.hirestage.MovableClockConfig;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.jobrole.StageSettings;
import io.hirestage.notification.NotificationKind;
import io.hirestage.notification.NotificationView;
import io.hirestage.notification.Notifications;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A candidate left in a stage past the pipeline's limit: the board marks them and their team is told, once. */
@SpringBootTest
@Import(MovableClockConfig.class)
class WaitingCandidatesTests {

    @Autowired
    WaitingCandidates waiting;

    @Autowired
    Applications applications;

    @Autowired
    Notifications notifications;

    @Autowired
    PipelineTemplates templates;

    @Autowired
    Openings openings;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    MovableClock clock;

    /** The two tests move the clock 39 days at most, up to today. */
    @BeforeEach
    void fortyDaysAgo() {
        clock.startAgo(Duration.ofDays(40));
    }

    @AfterEach
    void today() {
        clock.reset();
    }

    /** Resume screening allows 5 days, whatever another test left in the template. */
    @BeforeEach
    void resumeScreeningAllowsFiveDays() {
        as("admin", Role.ADMIN, () -> {
            JobRoleView role = templates.jobRoles().getFirst();
            List<StageSettings> stages = templates.template(role.id()).stream()
                    .map(stage -> stage.alertAfter(stage.stage() == Stage.RESUME_SCREENING ? 5 : null)).toList();
            return templates.saveTemplate(role.id(), role.version(), stages);
        });
    }

    @Test
    void theTeamIsToldOnceWhenACandidateWaitsPastTheLimit() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView screened = as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.RESUME_SCREENING));

        clock.advance(Duration.ofDays(4));
        waiting.tellTeams();
        assertThat(inboxAbout("recruiter", Role.RECRUITER, ada)).as("within the limit").isEmpty();
        assertThat(as("recruiter", Role.RECRUITER, () -> openings.pipeline(opening.id())).stream()
                .filter(stage -> stage.stage() == Stage.RESUME_SCREENING).findFirst().orElseThrow()
                .waitedTooLong(screened.stageEnteredAt(), clock.instant())).isFalse();

        clock.advance(Duration.ofDays(2));
        waiting.tellTeams();
        waiting.tellTeams();
        for (var member : List.of(new Object[] {"recruiter", Role.RECRUITER}, new Object[] {"manager", Role.HIRING_MANAGER})) {
            List<NotificationView> told = inboxAbout((String) member[0], (Role) member[1], ada);
            assertThat(told).as(member[0] + " is told once").hasSize(1);
            assertThat(told.getFirst().kind()).isEqualTo(NotificationKind.WAITING_TOO_LONG);
            assertThat(told.getFirst().message()).isEqualTo(ada.candidateName() + " has been in Resume screening for more than 5 days ("
                    + opening.title() + ")");
        }
        assertThat(inboxAbout("interviewer", Role.INTERVIEWER, ada)).as("not on the team that moves them on").isEmpty();
        assertThat(as("recruiter", Role.RECRUITER, () -> openings.pipeline(opening.id())).stream()
                .filter(stage -> stage.stage() == Stage.RESUME_SCREENING).findFirst().orElseThrow()
                .waitedTooLong(screened.stageEnteredAt(), clock.instant())).isTrue();
    }

    @Test
    void aStageWithoutALimitAndACandidateWhoMovedOnAreLeftAlone() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView bob = fixture.applicant(opening, "Bob");
        ApplicationView screened = as("recruiter", Role.RECRUITER, () -> applications.move(bob.id(), bob.version(), Stage.RESUME_SCREENING));
        clock.advance(Duration.ofDays(3));
        as("recruiter", Role.RECRUITER, () -> applications.move(screened.id(), screened.version(), Stage.SKILLS_ASSESSMENT));

        clock.advance(Duration.ofDays(30));
        waiting.tellTeams();

        assertThat(inboxAbout("recruiter", Role.RECRUITER, ada)).as("Sourcing has no limit").isEmpty();
        assertThat(inboxAbout("recruiter", Role.RECRUITER, bob)).as("Skills assessment has no limit here").isEmpty();
    }

    private List<NotificationView> inboxAbout(String username, Role role, ApplicationView application) {
        return as(username, role, () -> notifications.inbox()).stream()
                .filter(notification -> notification.link().endsWith("application=" + application.id())).toList();
    }
}
