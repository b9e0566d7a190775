package io.hirestage.pipeline.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.pipeline.ApplicationView;
import io.hirestage.pipeline.Applications;
import io.hirestage.pipeline.BoardCard;
import io.hirestage.pipeline.PipelineFixture;
import io.hirestage.jobrole.JobRoleView;
import io.hirestage.jobrole.PipelineTemplates;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class PipelineBoardViewTests extends SpringBrowserlessTest {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Autowired
    PipelineTemplates templates;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void eachStageIsAColumnWithItsCountAndTheCandidatesCards() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView bob = fixture.applicant(opening, "Bob");
        as("recruiter", Role.RECRUITER, () -> applications.move(bob.id(), bob.version(), Stage.RESUME_SCREENING));

        openBoard(opening);

        assertThat(column(Stage.SOURCING).total()).isEqualTo(1);
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
        tick(Stage.SOURCING, 0);
        tick(Stage.SOURCING, 1);
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("2 selected");
        moveSelectedTo(Stage.SKILLS_ASSESSMENT);
        assertThat(cards(Stage.SKILLS_ASSESSMENT)).as("nothing moves before the move is confirmed").isEmpty();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Move 2 candidates to Skills assessment?");
        test(confirm).confirm();

        assertThat(cards(Stage.SOURCING)).isEmpty();
        assertThat(cards(Stage.SKILLS_ASSESSMENT)).hasSize(2);
        assertThat(column(Stage.SKILLS_ASSESSMENT).total()).isEqualTo(2);
        assertThat(column(Stage.SOURCING).getElement().getTextRecursively()).as("an empty column says so")
                .contains("No candidates in this stage");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void theBoardOpensWithoutCheckboxesAndSelectCardsShowsThemWithTheBulkActions() {
        OpeningView opening = fixture.opening();
        fixture.applicant(opening, "Ada");
        openBoard(opening);

        assertThat(html(Stage.SOURCING, 0)).doesNotContain("card-select");
        assertThat(bulkActionsShown()).isFalse();

        selectCards();
        assertThat(html(Stage.SOURCING, 0)).contains("class=\"card-select\"");
        assertThat(bulkActionsShown()).isTrue();
        tick(Stage.SOURCING, 0);

        test(find(Button.class).id("select-cards")).click();
        assertThat(html(Stage.SOURCING, 0)).as("done selecting hides the checkboxes").doesNotContain("card-select");
        assertThat(bulkActionsShown()).isFalse();
        selectCards();
        assertThat(column(Stage.SOURCING).selected()).as("what was selected before is not silently acted on later").isEmpty();
        assertThat(card(Stage.SOURCING, 0).isSelected()).isFalse();
        assertThat(html(Stage.SOURCING, 0)).doesNotContain("checked");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void aMoveTheRoleMayNotMakeIsRefusedWithTheReasonAndTheCardStays() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        as("recruiter", Role.RECRUITER, () -> applications.move(ada.id(), ada.version(), Stage.RESUME_SCREENING));
        openBoard(opening);

        selectCards();
        tick(Stage.RESUME_SCREENING, 0);
        @SuppressWarnings("unchecked")
        Select<Stage> move = find(Select.class).id("move-selected");
        assertThat(move.getListDataView().getItems()).as("only the stages the role may move candidates into are offered")
                .doesNotContain(Stage.SOURCING).contains(Stage.STRUCTURED_INTERVIEW);

        // Offered or not, the service decides: a move the role may not make is refused with the reason.
        as("manager", Role.HIRING_MANAGER, () -> org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> applications.move(ada.id(), applications.find(ada.id()).version(), Stage.SOURCING))
                .hasMessageContaining("Your role may not move candidates into or out of Sourcing"));
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
        openCard(Stage.STRUCTURED_INTERVIEW, 0);

        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).exists()).isTrue();
        assertThat(find(Select.class).withId("move-to").exists()).as("the template lets interviewers into no other stage").isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("reject").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void enterOpensACardAndItsMoveButtonOffersTheStagesAndShowsWhereTheCandidateLanded() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        openBoard(opening);

        pressEnterOn(Stage.SOURCING, 0);
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).single().getHeaderTitle()).isEqualTo(ada.candidateName());
        find(com.vaadin.flow.component.dialog.Dialog.class).single().close();

        moveButtonOf(Stage.SOURCING, 0);
        MoveDialog move = find(MoveDialog.class).single();
        assertThat(move.getHeaderTitle()).isEqualTo("Move " + ada.candidateName() + " to…");
        List<String> offered = find(Button.class).all().stream().filter(button -> button.getElement().hasAttribute("data-stage")
                && move.getElement().equals(parentDialogOf(button))).map(Button::getText).toList();
        assertThat(offered).as("every stage but its own, naming the stages a move further on skips").doesNotContain("Sourcing")
                .contains("Resume screening", "Structured interview (skips Resume screening, Skills assessment and Video interview)");
        test(find(Button.class).all().stream().filter(button -> "STRUCTURED_INTERVIEW".equals(button.getElement().getAttribute("data-stage"))
                && move.getElement().equals(parentDialogOf(button))).findFirst().orElseThrow()).click();

        assertThat(cards(Stage.STRUCTURED_INTERVIEW)).extracting(BoardCard::candidateName).containsExactly(ada.candidateName());
        assertThat(card(Stage.STRUCTURED_INTERVIEW, 0).hasClassName("landed")).as("the moved card is marked where it landed").isTrue();
        assertThat(applications.timeline(ada.candidateId())).extracting(entry -> entry.summary())
                .contains("Moved from Sourcing to Structured interview, skipping Resume screening, Skills assessment and Video interview");
    }

    @Test
    @WithMockUser(username = "manager", roles = "HIRING_MANAGER")
    void aCardInAStageTheRoleMayNotLeaveCanNeitherBeDraggedNorMoved() {
        OpeningView opening = fixture.opening();
        fixture.applicant(opening, "Ada");
        openBoard(opening);

        CandidateCard card = card(Stage.SOURCING, 0);
        assertThat(card.getElement().getProperty("innerHTML")).doesNotContain("card-move");
        assertThat(card.getElement().hasAttribute("draggable")).isFalse();
        assertThat(column(Stage.SOURCING).getElement().getProperty("__active", false)).isFalse();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aCardDroppedOnAnotherColumnMovesThereAndTheColumnsFollow() {
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        openBoard(opening);

        CandidateCard card = card(Stage.SOURCING, 0);
        fire(card, "dragstart", null, null);
        StageColumn target = column(Stage.RESUME_SCREENING);
        com.vaadin.flow.component.ComponentUtil.fireEvent(target, new com.vaadin.flow.component.dnd.DropEvent<>(target, true, "move"));

        assertThat(cards(Stage.RESUME_SCREENING)).extracting(BoardCard::candidateName).containsExactly(ada.candidateName());
        assertThat(column(Stage.SOURCING).total()).isZero();
        assertThat(find(Button.class).all()).extracting(Button::getText).as("the stages above the columns count along")
                .contains("Sourcing 0", "Resume screening 1");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aLongColumnShowsAPageOfCardsAndTheRestOnRequest() {
        OpeningView opening = fixture.opening();
        for (int i = 0; i < StageColumn.PAGE + 5; i++) {
            fixture.applicant(opening, "Many" + i);
        }
        openBoard(opening);

        assertThat(cards(Stage.SOURCING)).hasSize(StageColumn.PAGE);
        Button more = find(Button.class).all().stream().filter(button -> button.getText().startsWith("Show ")).findFirst().orElseThrow();
        assertThat(more.getText()).isEqualTo("Show 5 more of 5");
        test(more).click();

        assertThat(cards(Stage.SOURCING)).hasSize(StageColumn.PAGE + 5).doesNotHaveDuplicates();
        assertThat(more.isVisible()).isFalse();
    }

    private void selectCards() {
        Button button = find(Button.class).id("select-cards");
        assertThat(button.getText()).isEqualTo("Select cards");
        test(button).click();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aLinkFromTheInboxOpensTheApplicationAndACandidateWaitingTooLongStandsOut() {
        as("admin", Role.ADMIN, () -> {
            JobRoleView role = templates.jobRoles().getFirst();
            return templates.saveTemplate(role.id(), role.version(), templates.template(role.id()).stream()
                    .map(stage -> stage.alertAfter(stage.stage() == Stage.SOURCING ? 2 : null)).toList());
        });
        OpeningView opening = fixture.opening();
        ApplicationView ada = fixture.applicant(opening, "Ada");
        ApplicationView bob = fixture.applicant(opening, "Bob");
        jdbc.sql("update application set stage_entered_at = :then where id = :id")
                .param("then", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(3)).param("id", ada.id()).update();

        openWithLink(opening, bob.id());

        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).single().getHeaderTitle()).isEqualTo(bob.candidateName());
        CandidateCard waiting = column(Stage.SOURCING).card(ada.id()).orElseThrow();
        assertThat(waiting.hasClassName("waited-too-long")).isTrue();
        assertThat(waiting.getElement().getProperty("innerHTML")).contains("3 d in stage · <strong class=\"waiting\">waiting too long</strong>");
        assertThat(waiting.getElement().getAttribute("aria-label")).contains("waiting too long");
        assertThat(column(Stage.SOURCING).card(bob.id()).orElseThrow().hasClassName("waited-too-long")).isFalse();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void aLinkToAnApplicationThePersonCannotSeeSaysSo() {
        OpeningView opening = fixture.opening();
        openWithLink(opening, 999_999L);

        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).exists()).isFalse();
        assertThat(io.hirestage.base.ui.ToastText.of(find(com.vaadin.flow.component.notification.Notification.class).last()))
                .contains("This application does not exist or is not yours to see");
    }

    /** Whether move and reject of the selected cards are on screen (the query finds visible components only). */
    private boolean bulkActionsShown() {
        return find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).withId("bulk-actions").exists();
    }

    /** Follows a link as the inbox stores it: the board with an application to open. */
    private void openWithLink(OpeningView opening, long applicationId) {
        com.vaadin.flow.component.UI.getCurrent().navigate("openings/" + opening.id() + "/board",
                com.vaadin.flow.router.QueryParameters.of("application", String.valueOf(applicationId)));
    }

    private void openBoard(OpeningView opening) {
        navigate(PipelineBoardView.class, java.util.Map.of("openingId", String.valueOf(opening.id())));
    }

    @SuppressWarnings("unchecked")
    private void moveSelectedTo(Stage stage) {
        Select<Stage> move = find(Select.class).id("move-selected");
        test(move).selectItem(stage.displayName());
    }

    private StageColumn column(Stage stage) {
        return find(StageColumn.class).all().stream().filter(column -> column.stage().stage() == stage).findFirst().orElseThrow();
    }

    private List<BoardCard> cards(Stage stage) {
        return column(stage).cards();
    }

    private CandidateCard card(Stage stage, int index) {
        StageColumn column = column(stage);
        return column.card(column.cards().get(index).applicationId()).orElseThrow();
    }

    private String html(Stage stage, int index) {
        return card(stage, index).getElement().getProperty("innerHTML");
    }

    /** A click on the card's checkbox, as the browser reports it. */
    private void tick(Stage stage, int index) {
        fire(card(stage, index), "click", CandidateCard.CLICKED_PART, "select");
    }

    /** A click on the card, as the browser reports it. */
    private void openCard(Stage stage, int index) {
        fire(card(stage, index), "click", CandidateCard.CLICKED_PART, "card");
    }

    /** Enter pressed on the focused card (the browser also says the key passed the card's filter). */
    private void pressEnterOn(Stage stage, int index) {
        fire(card(stage, index), "keydown", CandidateCard.OPENING_KEY, true);
    }

    /** The Move… button on a card, clicked. */
    private void moveButtonOf(Stage stage, int index) {
        fire(card(stage, index), "click", CandidateCard.CLICKED_PART, "move");
    }

    private static com.vaadin.flow.dom.Element parentDialogOf(Button button) {
        com.vaadin.flow.component.Component at = button;
        while (at != null && !(at instanceof com.vaadin.flow.component.dialog.Dialog)) {
            at = at.getParent().orElse(null);
        }
        return at == null ? null : at.getElement();
    }

    static void fire(CandidateCard card, String type, String key, Object value) {
        tools.jackson.databind.node.ObjectNode data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (value instanceof Boolean flag) {
            data.put(key, flag);
        } else if (value != null) {
            data.put(key, value.toString());
        }
        new com.vaadin.browserless.ComponentTester<CandidateCard>(card) {
            void fire() {
                fireDomEvent(type, data);
            }
        }.fire();
    }
}
