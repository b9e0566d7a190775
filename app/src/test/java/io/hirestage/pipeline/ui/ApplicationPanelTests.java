package io.hirestage.pipeline.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The application panel's final steps ask first, and interviewers are assigned only when saved. */
@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class ApplicationPanelTests extends SpringBrowserlessTest {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Test
    void hiringAsksFirstAndNothingHappensOnCancel() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = inLastStage(opening);
        openPanelOf(opening, ada);

        test(find(Button.class).id("hire")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Hire " + ada.candidateName() + "?");
        test(confirm).cancel();
        assertThat(applications.find(ada.id()).status()).isEqualTo(ApplicationStatus.ACTIVE);

        test(find(Button.class).id("hire")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(applications.find(ada.id()).status()).isEqualTo(ApplicationStatus.HIRED);
    }

    @Test
    void candidateWithdrewAsksFirst() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        openPanelOf(opening, ada);

        test(find(Button.class).id("withdrew")).click();
        assertThat(applications.find(ada.id()).status()).as("not before the recruiter confirms").isEqualTo(ApplicationStatus.ACTIVE);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(applications.find(ada.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void interviewersChosenInTheListAreAssignedOnlyWhenSaved() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        openPanelOf(opening, ada);
        MultiSelectComboBox<User> interviewers = find(MultiSelectComboBox.class).single();
        Button save = find(Button.class).id("save-interviewers");
        assertThat(save.isEnabled()).as("nothing to save yet").isFalse();

        test(interviewers).selectItem(fixture.user("interviewer").fullName());
        assertThat(applications.find(ada.id()).interviewerIds()).as("choosing is not assigning").isEmpty();
        assertThat(save.isEnabled()).isTrue();
        test(save).click();

        assertThat(applications.find(ada.id()).interviewerIds()).containsExactly(fixture.user("interviewer").id());
    }

    private ApplicationView inLastStage(OpeningView opening) {
        ApplicationView ada = fixture.applicant(opening, "Ada");
        List<Stage> stages = as("recruiter", Role.RECRUITER, () -> applications.stagesOf(opening.id())).stream()
                .map(stage -> stage.stage()).toList();
        return as("admin", Role.ADMIN, () -> applications.move(ada.id(), ada.version(), stages.getLast()));
    }

    private void openPanelOf(OpeningView opening, ApplicationView application) {
        navigate(PipelineBoardView.class, Map.of("openingId", String.valueOf(opening.id())));
        StageColumn column = find(StageColumn.class).all().stream()
                .filter(candidate -> candidate.stage().stage() == applications.find(application.id()).stage()).findFirst().orElseThrow();
        PipelineBoardViewTests.fire(column.card(application.id()).orElseThrow(), "click", CandidateCard.CLICKED_PART, "card");
    }
}
