package io.hirestage.pipeline.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.notification.Notifications;
import io.hirestage.pipeline.ApplicationNotes;
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

/** The application panel's final steps ask first, interviewers are assigned only when saved, and notes are the author's to change. */
@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class ApplicationPanelTests extends SpringBrowserlessTest {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationNotes notes;

    @Autowired
    Notifications notifications;

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

    @Test
    void theAuthorEditsAndDeletesTheirNoteInTheHistoryAndOthersCannot() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("manager", Role.HIRING_MANAGER, () -> notes.add(ada.id(), "Met her at KotlinConf"));
        openPanelOf(opening, ada);
        assertThat(find(Button.class).all().stream().filter(button -> button.hasClassName("edit-note")))
                .as("the manager's note is not the recruiter's to change").isEmpty();

        test(find(TextArea.class).id("note")).setValue("Strong on Kafka");
        test(find(Button.class).id("add-note")).click();
        assertThat(historyLines()).anyMatch(line -> line.endsWith("Riley Recruiter · Note: Strong on Kafka"));

        test(find(Button.class).all().stream().filter(button -> button.hasClassName("edit-note")).findFirst().orElseThrow()).click();
        Dialog edit = find(Dialog.class).all().stream().filter(dialog -> "Edit your note".equals(dialog.getHeaderTitle())).findFirst().orElseThrow();
        TextArea text = find(TextArea.class).all().stream().filter(area -> "Strong on Kafka".equals(area.getValue())).findFirst().orElseThrow();
        test(text).setValue("Strong on Kafka and Postgres");
        test(find(Button.class).id("save-note")).click();
        assertThat(edit.isOpened()).isFalse();
        assertThat(historyLines()).anyMatch(line -> line.contains("Riley Recruiter · Note: Strong on Kafka and Postgres (edited "));

        test(find(Button.class).all().stream().filter(button -> button.hasClassName("delete-note")).findFirst().orElseThrow()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(historyLines()).anyMatch(line -> line.contains("Riley Recruiter · Note deleted by its author on "))
                .noneMatch(line -> line.contains("Strong on Kafka"))
                .anyMatch(line -> line.endsWith("Morgan Manager · Note: Met her at KotlinConf"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void mentioningAColleagueByNameWritesTheirUserNameAndTellsThem() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        openPanelOf(opening, ada);
        TextArea note = find(TextArea.class).id("note");
        test(note).setValue("Please read her resume");

        ComboBox<User> mention = find(ComboBox.class).id("mention");
        test(mention).selectItem("Morgan Manager (@manager)");
        assertThat(note.getValue()).isEqualTo("Please read her resume @manager ");
        test(find(Button.class).id("add-note")).click();

        assertThat(as("manager", Role.HIRING_MANAGER, () -> notifications.inbox()).getFirst().message())
                .isEqualTo("Riley Recruiter mentioned you in a note on " + ada.candidateName() + " (" + opening.title()
                        + "): “Please read her resume @manager”");
    }

    private List<String> historyLines() {
        return find(ListItem.class).all().stream().filter(item -> item.getParent().map(list -> list.hasClassName("history")).orElse(false))
                .map(item -> item.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()).toList();
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
