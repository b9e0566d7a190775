package io.hirestage.pipeline;

import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.jobrole.ApplicationStatus;
import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningStage;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
class ApplicationsTests {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationNotes notes;

    @Autowired
    PipelineBoard board;

    @Autowired
    Openings openings;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    io.hirestage.candidate.Resumes resumes;

    @Test
    void aCandidateStartsInTheFirstStageAndCannotBeAddedTwice() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        assertThat(ada.stage()).isEqualTo(Stage.SOURCING);
        assertThat(ada.status()).isEqualTo(ApplicationStatus.ACTIVE);
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> applications.add(ada.candidateId(), opening.id())))
                .isInstanceOf(ApplicationRejectedException.class).hasMessage(ada.candidateName() + " is in " + opening.title()
                        + " already, in Sourcing");
    }

    @Test
    void aMoveIsKeptInTheHistoryWithWhoAndWhenAndInTheAuditTrail() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        ApplicationView moved = as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.RESUME_SCREENING));

        assertThat(moved.stage()).isEqualTo(Stage.RESUME_SCREENING);
        List<ActivityEntry> timeline = as("recruiter", Role.RECRUITER, () -> applications.timeline(ada.candidateId()));
        assertThat(timeline.getFirst().summary()).isEqualTo("Moved from Sourcing to Resume screening");
        assertThat(timeline.getFirst().actorName()).isEqualTo("Riley Recruiter");
        assertThat(timeline.getLast().kind()).isEqualTo(ActivityKind.ADDED);
        List<AuditEntry> audit = as("admin", Role.ADMIN, () -> auditLog.search(new AuditFilter(null, Applications.AUDIT_TYPE,
                "moved", ada.candidateName(), null, null), PageRequest.of(0, 10)).getContent());
        assertThat(audit).extracting(AuditEntry::summary)
                .contains(ada.candidateName() + " from Sourcing to Resume screening in " + opening.title());
    }

    @Test
    void aStaleMoveIsRefusedAndTheFirstMoveStands() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.RESUME_SCREENING));

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.OFFER)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith(ada.candidateName() + "'s application was changed by someone else after you opened it (now in Resume screening");
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.find(ada.id())).stage()).isEqualTo(Stage.RESUME_SCREENING);
    }

    @Test
    void ofTwoRecruitersMovingTheSameCandidateAtOnceOneWinsAndTheOtherIsTold() throws Exception {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        List<Callable<String>> moves = List.of(Stage.RESUME_SCREENING, Stage.SKILLS_ASSESSMENT).stream()
                .map(to -> (Callable<String>) () -> as("recruiter", Role.RECRUITER, () -> {
                    try {
                        return applications.move(ada.id(), ada.version(), to).stage().name();
                    } catch (ConcurrentChangeException e) {
                        return e.getMessage();
                    }
                })).toList();

        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<String> outcome : pool.invokeAll(moves)) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).filteredOn(outcome -> outcome.contains("was changed by someone else")).hasSize(1);
        String winner = outcomes.stream().filter(outcome -> !outcome.contains("someone else")).findFirst().orElseThrow();
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.find(ada.id())).stage().name()).isEqualTo(winner);
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.timeline(ada.candidateId())))
                .filteredOn(entry -> entry.kind() == ActivityKind.MOVED).hasSize(1);
    }

    @Test
    void anAdminMayMoveCandidatesIntoAndOutOfEveryStage() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        List<Stage> stages = as("admin", Role.ADMIN, () -> applications.stagesOf(opening.id())).stream().map(OpeningStage::stage).toList();

        ApplicationView at = ada;
        for (Stage stage : stages.reversed()) {
            ApplicationView from = at;
            at = as("admin", Role.ADMIN, () -> applications.move(from.id(), from.version(), stage));
            assertThat(at.stage()).isEqualTo(stage);
        }
    }

    @Test
    void aRoleTheTemplateDoesNotAllowOnAStageCannotMoveCandidatesThere() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView screened = as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.RESUME_SCREENING));

        // The hiring manager may act on resume screening, but sourcing is the recruiters' alone.
        assertThatThrownBy(() -> as("manager", Role.HIRING_MANAGER,
                () -> applications.move(screened.id(), screened.version(), Stage.SOURCING)))
                .isInstanceOf(ApplicationRejectedException.class)
                .hasMessage("Your role may not move candidates into or out of Sourcing; the pipeline leaves it to Recruiter");
        ApplicationView assessed = as("manager", Role.HIRING_MANAGER,
                () -> applications.move(screened.id(), screened.version(), Stage.VIDEO_INTERVIEW));
        assertThat(assessed.stage()).isEqualTo(Stage.VIDEO_INTERVIEW);
    }

    @Test
    void anInterviewerSeesAndWorksOnlyOnTheCandidatesAssignedToThem() {
        OpeningView opening = fixture.opening();
        ApplicationView assigned = fixture.applicant(opening, "Assigned");
        ApplicationView other = fixture.applicant(opening, "Other");
        ApplicationView interview = as("recruiter", Role.RECRUITER, () -> applications.assignInterviewers(assigned.id(),
                applications.move(assigned.id(), assigned.version(), Stage.STRUCTURED_INTERVIEW).version(),
                Set.of(fixture.user("interviewer").id())));

        assertThat(as("interviewer", Role.INTERVIEWER, () -> board.counts(opening.id(), BoardFilter.none())))
                .containsExactlyEntriesOf(java.util.Map.of(Stage.STRUCTURED_INTERVIEW, 1L));
        assertThatThrownBy(() -> as("interviewer", Role.INTERVIEWER, () -> applications.find(other.id())))
                .hasMessage("This application does not exist or is not yours to see");
        // Structured interview is theirs to act on, the HR final call is not.
        assertThatThrownBy(() -> as("interviewer", Role.INTERVIEWER,
                () -> applications.move(interview.id(), interview.version(), Stage.HR_FINAL_CALL)))
                .hasMessageContaining("into or out of HR final call");
        assertThat(as("interviewer", Role.INTERVIEWER, () -> notes.add(interview.id(), "Strong on API design")).detail())
                .isEqualTo("Strong on API design");
    }

    @Test
    void aBulkMoveMovesEveryoneItMayAndSaysWhyTheRestStayed() {
        OpeningView opening = fixture.opening();
        ApplicationView first = fixture.applicant(opening, "First");
        ApplicationView second = fixture.applicant(opening, "Second");
        ApplicationView stale = fixture.applicant(opening, "Stale");
        as("recruiter", Role.RECRUITER, () -> applications.move(stale.id(), stale.version(), Stage.RESUME_SCREENING));

        BulkOutcome outcome = as("recruiter", Role.RECRUITER, () -> applications.moveAll(List.of(
                new ApplicationRef(first.id(), first.version()), new ApplicationRef(second.id(), second.version()),
                new ApplicationRef(stale.id(), stale.version())), Stage.SKILLS_ASSESSMENT));

        assertThat(outcome.changed()).isEqualTo(2);
        assertThat(outcome.refused()).singleElement().asString().startsWith(stale.candidateName() + "'s application was changed by someone else");
        assertThat(as("recruiter", Role.RECRUITER, () -> board.counts(opening.id(), BoardFilter.none())))
                .containsEntry(Stage.SKILLS_ASSESSMENT, 2L).containsEntry(Stage.RESUME_SCREENING, 1L);
    }

    @Test
    void aRejectionNeedsAReasonTakesTheCandidateOffTheBoardAndCanBeUndone() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView bob = fixture.applicant(opening, "Bob");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> applications.reject(ada.id(), ada.version(), " ")))
                .hasMessage("Give the reason for the rejection; the team and the history keep it");
        BulkOutcome rejected = as("recruiter", Role.RECRUITER, () -> applications.rejectAll(List.of(
                new ApplicationRef(ada.id(), ada.version()), new ApplicationRef(bob.id(), bob.version())), "Needs more Kafka"));

        assertThat(rejected.changed()).isEqualTo(2);
        assertThat(as("recruiter", Role.RECRUITER, () -> board.counts(opening.id(), BoardFilter.none()))).isEmpty();
        ApplicationView found = as("recruiter", Role.RECRUITER, () -> applications.find(ada.id()));
        assertThat(found.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(found.rejectionReason()).isEqualTo("Needs more Kafka");
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> applications.move(found.id(), found.version(), Stage.OFFER)))
                .hasMessage(ada.candidateName() + " is rejected; reopen the application to move it");

        ApplicationView reopened = as("recruiter", Role.RECRUITER, () -> applications.reopen(found.id(), found.version()));
        assertThat(reopened.status()).isEqualTo(ApplicationStatus.ACTIVE);
        assertThat(as("recruiter", Role.RECRUITER, () -> board.counts(opening.id(), BoardFilter.none()))).containsEntry(Stage.SOURCING, 1L);
    }

    @Test
    void aCandidateIsHiredFromTheLastStageOnly() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> applications.hire(ada.id(), ada.version())))
                .hasMessage(ada.candidateName() + " can be hired from Offer only");
        ApplicationView offered = as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.OFFER));
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.hire(offered.id(), offered.version())).status())
                .isEqualTo(ApplicationStatus.HIRED);
    }

    @Test
    void anOpeningSkipsTheStagesAdminsAllowItToAndCandidatesCannotBeMovedThere() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER,
                () -> openings.skipStages(opening.id(), opening.version(), EnumSet.of(Stage.RESUME_SCREENING))))
                .isInstanceOf(OpeningRejectedException.class)
                .hasMessage("Resume screening cannot be skipped: an admin requires it for this job role");
        as("recruiter", Role.RECRUITER, () -> openings.skipStages(opening.id(), opening.version(), EnumSet.of(Stage.VIDEO_INTERVIEW)));

        assertThat(as("recruiter", Role.RECRUITER, () -> applications.stagesOf(opening.id())))
                .extracting(stage -> stage.stage()).doesNotContain(Stage.VIDEO_INTERVIEW).contains(Stage.SKILLS_ASSESSMENT);
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.VIDEO_INTERVIEW)))
                .hasMessage("Video interview is not a stage of " + opening.title());
    }

    @Test
    void theHiringManagerScreensTheResumeAndAnUnassignedInterviewerCannot() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("recruiter", Role.RECRUITER, () -> resumes.upload(ada.candidateId(), "ada.txt",
                "Designed the ledger API; Database modelling and query optimisation".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(as("manager", Role.HIRING_MANAGER, () -> applications.resumeOf(ada.id()))).get()
                .extracting(resume -> resume.fileName()).isEqualTo("ada.txt");
        assertThat(as("manager", Role.HIRING_MANAGER, () -> applications.resumeFileOf(ada.id())).orElseThrow().content()).isNotEmpty();
        assertThatThrownBy(() -> as("interviewer", Role.INTERVIEWER, () -> applications.resumeOf(ada.id())))
                .hasMessage("This application does not exist or is not yours to see");
    }

    @Test
    void aNoteIsCheckedAndLandsOnTheTimeline() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> notes.add(ada.id(), "x".repeat(2001))))
                .hasMessage("A note holds up to 2000 characters; this one has 2001");
        as("manager", Role.HIRING_MANAGER, () -> notes.add(ada.id(), "Met her at KotlinConf"));

        ActivityEntry note = as("recruiter", Role.RECRUITER, () -> applications.timeline(ada.candidateId())).getFirst();
        assertThat(note.summary()).isEqualTo("Note: Met her at KotlinConf");
        assertThat(note.actorName()).isEqualTo("Morgan Manager");
    }
}
