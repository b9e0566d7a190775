package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.PortalOnRandomPort;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.plugin.PluginCatalog;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Vendor stages in the flow: the invitation goes out through the plugin host and the result comes back to the application. */
@PortalOnRandomPort
class VendorStepsTests {

    private static final AssessmentTest BACKEND_LEAD = new AssessmentTest("backend-lead", "Backend Lead Developer skills test",
            Duration.ofMinutes(75), List.of("API design and system structuring"));

    @Autowired
    VendorSteps vendorSteps;

    @Autowired
    Applications applications;

    @Autowired
    PipelineBoard board;

    @Autowired
    ProviderConsole console;

    @Autowired
    PluginCatalog plugins;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    io.hirestage.opening.Openings openings;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void theSandboxFinishesAtOnce() {
        as("admin", Role.ADMIN, () -> console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "0")));
    }

    @AfterEach
    void backToDefaults() {
        as("admin", Role.ADMIN, () -> {
            plugins.setEnabled("sandbox-assessment", true);
            return console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", ""));
        });
    }

    @Test
    void aRecruiterSendsTheAssessmentAndTheScoreBreakdownAndReportReachTheCard() {
        ApplicationView ada = inAssessment("Ada");
        List<AssessmentTest> offered = as("recruiter", Role.RECRUITER, () -> vendorSteps.testsFor(ada.id()).join());
        assertThat(offered).extracting(AssessmentTest::id).contains("backend-lead");

        as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(ada.id(), offered.getFirst()));

        VendorStepView step = awaitStep(ada, s -> s.status() == VendorStepStatus.COMPLETED);
        assertThat(step.score()).isBetween(0, step.maxScore());
        assertThat(step.breakdown()).containsKey("API design and system structuring").hasSize(5);
        assertThat(step.reportUrl()).isNotBlank();
        BoardCard card = as("recruiter", Role.RECRUITER, () -> board.cards(ada.openingId(), Stage.SKILLS_ASSESSMENT, BoardFilter.none(),
                0, 10)).getFirst();
        assertThat(card.latestResult()).isEqualTo("Assessment " + Math.round(100.0 * step.score() / step.maxScore()) + " %");
        assertThat(as("recruiter", Role.RECRUITER, () -> applications.timeline(ada.candidateId())))
                .extracting(ActivityEntry::summary).anyMatch(line -> line.contains("completed, " + step.scoreText()));
    }

    @Test
    void theRequestCarriesWhatRealVendorsAskForAndTheInvitationsOwnCallbackUrl() {
        ApplicationView ada = inAssessment("Ada Maria");
        OpeningView opening = as("recruiter", Role.RECRUITER, () -> openings.find(ada.openingId()));

        VendorStepView step = as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(ada.id(), BACKEND_LEAD));

        String payload = jdbc.queryForObject("select payload from outbound_request where idempotency_key = ?", String.class,
                step.requestKey());
        String givenNames = ada.candidateName().substring(0, ada.candidateName().lastIndexOf(' '));
        String familyName = ada.candidateName().substring(ada.candidateName().lastIndexOf(' ') + 1);
        assertThat(payload).contains("\"givenName\":\"" + givenNames + "\"", "\"familyName\":\"" + familyName + "\"",
                "\"profileUrl\":\"http://localhost:8080/candidates/" + ada.candidateId() + "\"",
                "\"jobTitle\":\"" + opening.jobRoleName() + "\"", "\"openingTitle\":\"" + opening.title() + "\"",
                "\"callbackUrl\":\"http://localhost:8080/hooks/sandbox-assessment/callbacks/");
    }

    @Test
    void aFailedInvitationShowsWhyAndIsSentAgainOnRetry() {
        ApplicationView ada = inAssessment("Ada");
        as("admin", Role.ADMIN, () -> plugins.setEnabled("sandbox-assessment", false));

        as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(ada.id(), BACKEND_LEAD));
        VendorStepView failed = awaitStep(ada, s -> s.status() == VendorStepStatus.FAILED);
        assertThat(failed.problem()).contains("its plugin is not started");
        assertThat(failed.mayBeRetried()).isTrue();
        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(ada.id(), BACKEND_LEAD)))
                .as("a second invitation is not sent while the first waits for its retry")
                .hasMessageContaining("has an open invitation for Skills assessment already");

        as("admin", Role.ADMIN, () -> plugins.setEnabled("sandbox-assessment", true));
        as("admin", Role.ADMIN, () -> console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "0")));
        as("recruiter", Role.RECRUITER, () -> vendorSteps.retry(failed.requestKey()));

        assertThat(awaitStep(ada, s -> s.status() == VendorStepStatus.COMPLETED).problem()).isNull();
    }

    @Test
    void anInvitationIsSentFromItsStageOnlyAndByARoleThatMayActOnIt() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(ada.id(), BACKEND_LEAD)))
                .isInstanceOf(ApplicationRejectedException.class)
                .hasMessage(ada.candidateName() + " is in Sourcing, not in Skills assessment");
        ApplicationView assessed = as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.SKILLS_ASSESSMENT));
        // The template leaves the skills assessment to recruiters.
        assertThatThrownBy(() -> as("manager", Role.HIRING_MANAGER, () -> vendorSteps.sendAssessment(assessed.id(), BACKEND_LEAD)))
                .hasMessage("Your role may not send invitations for Skills assessment");
    }

    private ApplicationView inAssessment(String name) {
        ApplicationView applicant = fixture.applicant(fixture.opening(), name);
        return as("recruiter", Role.RECRUITER, () -> applications.move(applicant.id(), applicant.version(), Stage.SKILLS_ASSESSMENT));
    }

    private VendorStepView awaitStep(ApplicationView application, Predicate<VendorStepView> done) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as("recruiter", Role.RECRUITER, () -> vendorSteps.forApplication(application.id())),
                        steps -> !steps.isEmpty() && done.test(steps.getFirst())).getFirst();
    }
}
