package io.hirestage.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.SourcingChannel;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CandidatesViewTests extends SpringBrowserlessTest {

    @Autowired
    CandidateSearch search;

    private String marker;

    @BeforeEach
    void openTheForm() {
        marker = "v" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        navigate(CandidatesView.class);
        test(find(Button.class).id("add-candidate")).click();
    }

    @Test
    void aCandidateAddedInTheFormIsListedAndTheirProfileOpens() {
        fill("Mae " + marker, marker + "@example.org", "+1 415 555 0100");
        save();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Mae " + marker);
        navigate(CandidatesView.class);
        test(find(TextField.class).withPlaceholder("Find by name, email or resume words").single()).setValue(marker);
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(1);
    }

    @Test
    void theSourceIsNotGuessedAndTheRequiredFieldsAreMarked() {
        assertThat(source().getValue()).as("no source chosen for the recruiter").isNull();
        assertThat(find(TextField.class).withLabel("Full name").single().isRequiredIndicatorVisible()).isTrue();
        assertThat(find(EmailField.class).withLabel("Email").single().isRequiredIndicatorVisible()).isTrue();
        assertThat(source().isRequiredIndicatorVisible()).isTrue();
        assertThat(find(TextField.class).withLabel("Phone").single().isRequiredIndicatorVisible()).isFalse();

        test(find(TextField.class).withLabel("Full name").single()).setValue("Sam " + marker);
        test(find(EmailField.class).withLabel("Email").single()).setValue(marker + "@example.org");
        save();

        assertThat(source().isInvalid()).as("refused until the recruiter says where the candidate came from").isTrue();
        assertThat(source().getErrorMessage()).isEqualTo("Choose where the candidate was found");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void aBadEmailAndAReferralWithoutItsReferrerAreShownOnTheirFields() {
        fill("Ned " + marker, "ned-at-example", "");
        save();
        EmailField email = find(EmailField.class).withLabel("Email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(CandidateDraft.INVALID_EMAIL);

        test(email).setValue(marker + "@example.org");
        @SuppressWarnings("unchecked")
        ComboBox<SourcingChannel> source = find(ComboBox.class).withLabel("Source").single();
        source.setValue(SourcingChannel.REFERRAL);
        save();
        TextField referrer = find(TextField.class).withLabel("Referred by").single();
        assertThat(referrer.isInvalid()).isTrue();
        assertThat(referrer.getErrorMessage()).isEqualTo("Name the referrer or the channel");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void aLookalikeIsShownAndTheRecruiterMayAddAnyway() {
        fill("Ola " + marker, marker + "@example.org", "");
        save();
        navigate(CandidatesView.class);
        test(find(Button.class).id("add-candidate")).click();
        fill(marker + " ola", marker + "2@example.org", "");
        save();

        Div lookalikes = find(Div.class).id("lookalikes");
        assertThat(lookalikes.isVisible()).isTrue();
        assertThat(lookalikes.getElement().getTextRecursively()).contains("Ola " + marker, marker + "@example.org");
        CandidateSummary existing = search.page(CandidateQuery.text("Ola " + marker), PageRequest.of(0, 1)).getFirst();
        com.vaadin.flow.component.html.Anchor record = find(com.vaadin.flow.component.html.Anchor.class).withClassName("lookalike").single();
        assertThat(record.getHref()).as("opens the other record").isEqualTo("candidates/" + existing.id());
        assertThat(record.getTarget()).as("in a new tab, keeping the form").contains("_blank");

        test(find(Button.class).id("add-anyway")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        navigate(CandidatesView.class);
        test(find(TextField.class).withPlaceholder("Find by name, email or resume words").single()).setValue(marker);
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(2);
    }

    @Autowired
    io.hirestage.pipeline.PipelineFixture fixture;

    @Autowired
    io.hirestage.pipeline.Applications applications;

    @Autowired
    io.hirestage.candidate.Candidates candidates;

    @Test
    void theListSaysWhereEachCandidateStandsAndTickedCandidatesAreTaggedAndAddedToAnOpeningTogether() {
        var opening = fixture.opening();
        CandidateSummary ada = fixture.candidate("Ada " + marker);
        CandidateSummary bob = fixture.candidate("Bob " + marker);
        fixture.applicantFor(opening, ada);
        navigate(CandidatesView.class);
        test(find(TextField.class).withPlaceholder("Find by name, email or resume words").single()).setValue(marker);
        @SuppressWarnings("unchecked")
        Grid<CandidateSummary> grid = find(Grid.class).single();
        int adaRow = test(grid).getRow(0).id().equals(ada.id()) ? 0 : 1;
        assertThat(test(grid).getCellText(adaRow, 1)).isEqualTo(opening.title() + " (Sourcing, active)");
        assertThat(test(grid).getCellText(1 - adaRow, 1)).isEmpty();
        assertThat(find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class).withId("bulk-actions").exists())
                .as("no actions until some are ticked").isFalse();

        grid.select(ada);
        grid.select(bob);
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("selected-count").getText()).isEqualTo("2 selected:");
        test(find(TextField.class).id("bulk-tag")).setValue("Kafka");
        test(find(Button.class).id("bulk-add-tag")).click();
        assertThat(candidates.summaries(java.util.List.of(ada.id(), bob.id())).values())
                .allSatisfy(candidate -> assertThat(candidate.tags()).contains("kafka"));

        grid.select(ada);
        grid.select(bob);
        @SuppressWarnings("unchecked")
        ComboBox<io.hirestage.opening.OpeningView> target = find(ComboBox.class).id("bulk-opening");
        target.setValue(target.getListDataView().getItems().filter(o -> o.id().equals(opening.id())).findFirst().orElseThrow());
        test(find(Button.class).id("bulk-add-to-opening")).click();
        assertThat(applications.forCandidate(bob.id())).extracting(io.hirestage.pipeline.ApplicationView::openingId)
                .containsExactly(opening.id());
        assertThat(applications.forCandidate(ada.id())).as("already in it, so once").hasSize(1);
    }

    @Autowired
    io.hirestage.candidate.SavedSearches savedSearches;

    @Test
    void aRecruiterSavesASearchRunsItLaterAndOnlyTheySeeIt() {
        fixture.candidate("Cleo " + marker);
        navigate(CandidatesView.class);
        TextField words = find(TextField.class).withPlaceholder("Find by name, email or resume words").single();
        test(words).setValue(marker);
        test(find(Button.class).id("save-search")).click();
        test(find(TextField.class).id("saved-search-name")).setValue("Cleo's cohort " + marker);
        test(find(Button.class).id("confirm-save-search")).click();

        test(words).clear();
        @SuppressWarnings("unchecked")
        ComboBox<io.hirestage.candidate.SavedSearch> saved = find(ComboBox.class).id("saved-searches");
        saved.clear();
        test(saved).selectItem("Cleo's cohort " + marker);

        assertThat(words.getValue()).as("the saved words are back and run").isEqualTo(marker);
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(1);
        assertThat(io.hirestage.pipeline.PipelineFixture.as("admin", io.hirestage.security.Role.ADMIN, () -> savedSearches.mine()))
                .as("another person's list").noneMatch(search -> search.name().equals("Cleo's cohort " + marker));

        test(find(Button.class).id("delete-saved-search")).click();
        assertThat(savedSearches.mine()).noneMatch(search -> search.name().equals("Cleo's cohort " + marker));
    }

    private void fill(String name, String email, String phone) {
        test(find(TextField.class).withLabel("Full name").single()).setValue(name);
        test(find(EmailField.class).withLabel("Email").single()).setValue(email);
        test(source()).selectItem(SourcingChannel.GITHUB.displayName());
        if (!phone.isEmpty()) {
            test(find(TextField.class).withLabel("Phone").single()).setValue(phone);
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<SourcingChannel> source() {
        return find(ComboBox.class).withLabel("Source").single();
    }

    private void save() {
        test(find(Button.class).id("save-candidate")).click();
    }
}
