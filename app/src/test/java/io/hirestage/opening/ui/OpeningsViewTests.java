package io.hirestage.opening.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningStatus;
import io.hirestage.opening.OpeningView;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.security.Role;
import java.util.Set;
import io.hirestage.pipeline.ui.PipelineBoardView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class OpeningsViewTests extends SpringBrowserlessTest {

    private static final int CANDIDATES = 3;
    private static final int HIRED = 4;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void eachOpeningSaysWhereItsCandidatesStandAndHowManyAreHired() {
        OpeningView opening = fixture.opening();
        OpeningView empty = fixture.opening();
        fixture.applicant(opening, "Ada");
        ApplicationView bob = fixture.applicant(opening, "Bob");
        ApplicationView cy = fixture.applicant(opening, "Cy");
        as("recruiter", Role.RECRUITER, () -> applications.move(bob.id(), bob.version(), Stage.RESUME_SCREENING));
        ApplicationView last = as("recruiter", Role.RECRUITER, () -> applications.move(cy.id(), cy.version(), Stage.OFFER));
        as("recruiter", Role.RECRUITER, () -> applications.hire(last.id(), last.version()));
        navigate(OpeningsView.class);

        Grid<OpeningView> grid = findOnly(opening.title());
        assertThat(test(grid).getCellText(0, CANDIDATES)).isEqualTo("Sourcing 1 · Resume screening 1");
        assertThat(test(grid).getCellText(0, HIRED)).isEqualTo("1 of 1");
        grid = findOnly(empty.title());
        assertThat(test(grid).getCellText(0, CANDIDATES)).isEqualTo("No active candidates");
        assertThat(test(grid).getCellText(0, HIRED)).isEqualTo("0 of 1");
    }

    @Test
    @WithMockUser(username = "interviewer", roles = "INTERVIEWER")
    void anInterviewerCountsOnlyTheCandidatesTheyAreAssignedTo() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        fixture.applicant(opening, "Bob");
        as("recruiter", Role.RECRUITER, () -> applications.assignInterviewers(ada.id(), ada.version(),
                Set.of(fixture.user("interviewer").id())));
        navigate(OpeningsView.class);

        Grid<OpeningView> grid = findOnly(opening.title());
        assertThat(test(grid).getCellText(0, CANDIDATES)).as("Bob is not theirs to see, nor to count").isEqualTo("Sourcing 1");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void wordsStatusHiringManagerAndJobRoleFilterTogether() {
        OpeningView opening = fixture.opening();
        navigate(OpeningsView.class);
        @SuppressWarnings("unchecked")
        Grid<OpeningView> grid = find(Grid.class).single();
        long all = grid.getListDataView().getItemCount();
        assertThat(find(Span.class).id("matching").getText()).isEqualTo(all + " openings");

        TextField words = find(TextField.class).id("find-opening");
        test(words).setValue("lond " + opening.title().substring("Backend Lead ".length()).toUpperCase());
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).as("word starts, any case, title and location")
                .containsExactly(opening.title());
        test(words).setValue("backend lead zqx%_\\'");
        assertThat(grid.getListDataView().getItems()).as("%, _, \\ and quotes are plain characters that match nothing here").isEmpty();
        assertThat(find(Span.class).id("matching").getText()).isEqualTo("0 of " + all + " openings");

        test(words).setValue(opening.title());
        ComboBox<OpeningStatus> status = combo("status-filter");
        test(status).selectItem("Open");
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).containsExactly(opening.title());
        test(status).selectItem("Closed");
        assertThat(grid.getListDataView().getItems()).isEmpty();
        status.clear();

        ComboBox<Object> manager = combo("manager-filter");
        test(manager).selectItem(opening.hiringManagerName());
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).containsExactly(opening.title());
        ComboBox<Object> jobRole = combo("job-role-filter");
        test(jobRole).selectItem(opening.jobRoleName());
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).containsExactly(opening.title());

        words.clear();
        assertThat(grid.getListDataView().getItems()).as("every row left is managed by them and of that role").isNotEmpty()
                .allMatch(shown -> shown.hiringManagerId().equals(opening.hiringManagerId()) && shown.jobRoleId().equals(opening.jobRoleId()));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return find(ComboBox.class).id(id);
    }

    /** The grid, searched for one opening's title. */
    @SuppressWarnings("unchecked")
    private Grid<OpeningView> findOnly(String title) {
        test(find(TextField.class).id("find-opening")).setValue(title);
        Grid<OpeningView> grid = find(Grid.class).single();
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).containsExactly(title);
        return grid;
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aRecruiterOpensAPositionFromTheRoleAndSeesItListed() {
        String title = "Backend Lead " + UUID.randomUUID();
        navigate(OpeningsView.class);
        test(find(Button.class).id("add-opening")).click();

        TextField titleField = find(TextField.class).id("opening-title");
        assertThat(titleField.getValue()).as("the title starts from the job role").isEqualTo("Backend Lead Developer");
        test(find(Button.class).id("save-opening")).click();
        assertThat(find(TextField.class).withLabel("Location").single().isInvalid()).isTrue();
        assertThat(find(Dialog.class).exists()).isTrue();

        test(titleField).setValue(title);
        test(find(TextField.class).withLabel("Location").single()).setValue("Remote (EU)");
        @SuppressWarnings("unchecked")
        ComboBox<Long> manager = find(ComboBox.class).withLabel("Hiring manager").single();
        manager.setValue(manager.getListDataView().getItem(0));
        test(find(Button.class).id("save-opening")).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<OpeningView> grid = find(Grid.class).single();
        assertThat(grid.getListDataView().getItems().map(OpeningView::title)).contains(title);
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void aHiringManagerCannotOpenAPosition() {
        navigate(OpeningsView.class);

        assertThat(find(Button.class).withId("add-opening").exists()).as("no visible button to open a position").isFalse();
        assertThat(find(Grid.class).exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void clickingAnOpeningOpensItsBoard() {
        navigate(OpeningsView.class);
        @SuppressWarnings("unchecked")
        Grid<OpeningView> grid = find(Grid.class).single();
        OpeningView first = grid.getListDataView().getItem(0);

        test(grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(PipelineBoardView.class);
        assertThat(((PipelineBoardView) getCurrentView()).getPageTitle()).startsWith(first.title());
    }
}
