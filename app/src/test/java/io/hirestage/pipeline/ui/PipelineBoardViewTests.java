package io.hirestage.pipeline.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.BoardCard;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class PipelineBoardViewTests extends SpringBrowserlessTest {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void eachStageIsAColumnWithItsCountAndTheCandidatesCards() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView bob = fixture.applicant(opening, "Bob");
        as("recruiter", Role.RECRUITER, () -> applications.move(bob.id(), bob.version(), Stage.RESUME_SCREENING));

        openBoard(opening);

        assertThat(((StageColumn) column(Stage.SOURCING)).total()).isEqualTo(1);
        assertThat(cards(Stage.SOURCING)).extracting(BoardCard::candidateName).containsExactly(ada.candidateName());
        assertThat(cards(Stage.RESUME_SCREENING)).extracting(BoardCard::candidateName).containsExactly(bob.candidateName());
        assertThat(cards(Stage.SOURCING).getFirst().timeInStage(java.time.Instant.now())).isEqualTo("just now");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void selectedCardsMoveTogetherAndTheColumnsFollow() {
        OpeningView opening = fixture.opening();
        fixture.applicant(opening, "Ada");
        fixture.applicant(opening, "Bob");
        openBoard(opening);

        selectCards();
        test(column(Stage.SOURCING)).select(0);
        test(column(Stage.SOURCING)).select(1);
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("2 selected");
        moveSelectedTo(Stage.SKILLS_ASSESSMENT);

        assertThat(cards(Stage.SOURCING)).isEmpty();
        assertThat(cards(Stage.SKILLS_ASSESSMENT)).hasSize(2);
        assertThat(((StageColumn) column(Stage.SKILLS_ASSESSMENT)).total()).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void theBoardOpensWithoutCheckboxesAndSelectCardsShowsThemWithTheBulkActions() {
        OpeningView opening = fixture.opening();
        fixture.applicant(opening, "Ada");
        openBoard(opening);

        assertThat(column(Stage.SOURCING).getSelectionModel()).isInstanceOf(GridNoneSelectionModel.class);
        assertThat(bulkActionsShown()).isFalse();

        selectCards();
        assertThat(column(Stage.SOURCING).getSelectionModel()).isInstanceOf(GridMultiSelectionModel.class);
        assertThat(bulkActionsShown()).isTrue();
        test(column(Stage.SOURCING)).select(0);

        test(find(Button.class).id("select-cards")).click();
        assertThat(column(Stage.SOURCING).getSelectionModel()).as("done selecting hides the checkboxes").isInstanceOf(GridNoneSelectionModel.class);
        assertThat(bulkActionsShown()).isFalse();
        selectCards();
        assertThat(column(Stage.SOURCING).getSelectedItems()).as("what was selected before is not silently acted on later").isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void aMoveTheRoleMayNotMakeIsRefusedWithTheReasonAndTheCardStays() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.RESUME_SCREENING));
        openBoard(opening);

        selectCards();
        test(column(Stage.RESUME_SCREENING)).select(0);
        moveSelectedTo(Stage.SOURCING);

        assertThat(find(Notification.class).all()).extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(text -> text != null && text.contains("Your role may not move candidates into or out of Sourcing"));
        assertThat(cards(Stage.RESUME_SCREENING)).extracting(BoardCard::candidateName).containsExactly(ada.candidateName());
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void theNameFilterNarrowsEveryColumn() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        fixture.applicant(opening, "Bob");
        openBoard(opening);

        test(find(TextField.class).withPlaceholder("Find by name").single()).setValue(ada.candidateName());

        assertThat(cards(Stage.SOURCING)).extracting(BoardCard::candidateName).containsExactly(ada.candidateName());
    }

    @Test
    @WithMockUser(username = "interviewer", roles = "INTERVIEWER")
    void anInterviewerSeesOnlyTheirCandidatesAndIsOfferedNoStageTheirRoleMayNotEnter() {
        OpeningView opening = fixture.opening();
        ApplicationView assigned = fixture.applicant(opening, "Assigned");
        fixture.applicant(opening, "Other");
        as("recruiter", Role.RECRUITER, () -> applications.assignInterviewers(assigned.id(),
                applications.move(assigned.id(), assigned.version(), Stage.STRUCTURED_INTERVIEW).version(),
                java.util.Set.of(fixture.user("interviewer").id())));
        openBoard(opening);

        assertThat(cards(Stage.SOURCING)).isEmpty();
        assertThat(cards(Stage.STRUCTURED_INTERVIEW)).extracting(BoardCard::candidateName).containsExactly(assigned.candidateName());
        test(column(Stage.STRUCTURED_INTERVIEW)).clickRow(0);

        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).exists()).isTrue();
        assertThat(find(Select.class).withId("move-to").exists()).as("the template lets interviewers into no other stage").isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("reject").exists()).isTrue();
    }

    private void selectCards() {
        Button button = find(Button.class).id("select-cards");
        assertThat(button.getText()).isEqualTo("Select cards");
        test(button).click();
    }

    /** Whether move and reject of the selected cards are on screen (the query finds visible components only). */
    private boolean bulkActionsShown() {
        return find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).withId("bulk-actions").exists();
    }

    private void openBoard(OpeningView opening) {
        navigate(PipelineBoardView.class, java.util.Map.of("openingId", String.valueOf(opening.id())));
    }

    @SuppressWarnings("unchecked")
    private void moveSelectedTo(Stage stage) {
        Select<Stage> move = find(Select.class).id("move-selected");
        test(move).selectItem(stage.displayName());
    }

    @SuppressWarnings("unchecked")
    private Grid<BoardCard> column(Stage stage) {
        return find(Grid.class).all().stream().filter(grid -> stage.name().equals(grid.getElement().getAttribute("data-stage")))
                .findFirst().orElseThrow();
    }

    private List<BoardCard> cards(Stage stage) {
        Grid<BoardCard> column = column(stage);
        return java.util.stream.IntStream.range(0, test(column).size()).mapToObj(row -> test(column).getRow(row)).toList();
    }
}
