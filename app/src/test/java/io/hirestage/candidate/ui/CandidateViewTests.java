package io.hirestage.candidate.ui;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import io.hirestage.candidate.CandidateAccessLog;
import io.hirestage.candidate.CandidateAccessView;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.Resumes;
import io.hirestage.security.Role;
import org.springframework.security.access.AccessDeniedException;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.CandidateSummary;
import org.springframework.data.domain.PageRequest;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CandidateViewTests extends SpringBrowserlessTest {

    @Autowired
    Candidates candidates;

    @Autowired
    CandidateSearch search;

    @Autowired
    Resumes resumes;

    @Autowired
    CandidateAccessLog accessLog;

    @Autowired
    io.hirestage.pipeline.PipelineFixture fixture;

    @Test
    void aMergeShowsBothRecordsAndWhatComesOverAndHappensOnlyWhenConfirmed() {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateSummary kept = candidates.add(person("Grace Hopper " + marker, "grace." + marker + "@example.org", null), true);
        CandidateSummary duplicate = candidates.add(person("Hopper Grace " + marker, "g.hopper." + marker + "@navy.example",
                "+1 202 555 0100"), true);
        var opening = fixture.opening();
        as("recruiter", Role.RECRUITER, () -> fixture.applicantFor(opening, duplicate));
        navigate(CandidateView.class, kept.id());

        test(find(Button.class).id("merge-duplicate")).click();
        reviewTheMergeOfTheFirstLookalike();

        @SuppressWarnings("unchecked")
        Grid<MergePreviewDialog.Detail> details = find(Grid.class).id("merge-details");
        assertThat(details.getListDataView().getItems()).extracting(MergePreviewDialog.Detail::field, MergePreviewDialog.Detail::after)
                .contains(org.assertj.core.groups.Tuple.tuple("Email", kept.email()),
                        org.assertj.core.groups.Tuple.tuple("Other email addresses", duplicate.email()),
                        org.assertj.core.groups.Tuple.tuple("Phone", "+1 202 555 0100"),
                        org.assertj.core.groups.Tuple.tuple("Name", kept.fullName()));
        assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).id("merge-moves").getElement().getTextRecursively())
                .contains("Their application for " + opening.title() + " (Sourcing, active) moves here with its history");

        test(find(Button.class).withText("Back").single()).click();
        assertThat(candidates.summaries(java.util.List.of(duplicate.id()))).as("nothing merged on Back").containsKey(duplicate.id());

        reviewTheMergeOfTheFirstLookalike();
        test(find(Button.class).id("confirm-merge")).click();

        assertThat(candidates.summaries(java.util.List.of(duplicate.id()))).isEmpty();
        assertThat(find(Paragraph.class).id("other-emails").getText()).isEqualTo("Also writes from " + duplicate.email());
    }

    @Test
    void aNewResumeKeepsTheOldOneListedAndDownloadable() {
        String marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateSummary rosa = candidates.add(person("Rosa " + marker, marker + "@example.org", null), true);
        resumes.upload(rosa.id(), "rosa-2025.txt", "Rosa, Java and Kafka, 2025".getBytes(StandardCharsets.UTF_8));
        resumes.upload(rosa.id(), "rosa-2026.txt", "Rosa, Java, Kafka and Kubernetes, 2026".getBytes(StandardCharsets.UTF_8));

        navigate(CandidateView.class, rosa.id());

        assertThat(find(Div.class).id("resume").getElement().getTextRecursively()).contains("rosa-2026.txt", "Earlier resumes (1)");
        assertThat(find(com.vaadin.flow.component.html.UnorderedList.class).id("earlier-resumes").getElement().getTextRecursively())
                .startsWith("rosa-2025.txt · uploaded ");
        var earlier = resumes.earlier(rosa.id());
        assertThat(earlier).extracting(io.hirestage.candidate.EarlierResumeView::fileName).containsExactly("rosa-2025.txt");
        assertThat(new String(resumes.earlierFile(rosa.id(), earlier.getFirst().id()).orElseThrow().content(), StandardCharsets.UTF_8))
                .isEqualTo("Rosa, Java and Kafka, 2025");
        assertThat(resumes.earlierFile(rosa.id() + 1_000_000, earlier.getFirst().id())).as("only as the candidate's own").isEmpty();
    }

    private void reviewTheMergeOfTheFirstLookalike() {
        @SuppressWarnings("unchecked")
        Grid<CandidateSummary> lookalikes = find(Grid.class).id("merge-candidates");
        test((Button) test(lookalikes).getCellComponent(0, 3)).click();
    }

    private static CandidateDraft person(String name, String email, String phone) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        draft.setPhone(phone);
        draft.setChannel(SourcingChannel.LINKEDIN);
        return draft;
    }

    @Test
    void aPdfResumesPagesAreShownAsPicturesWhenOpenedAndTheLookIsRecorded() throws java.io.IOException {
        String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateSummary pia = candidates.add(person("Pia " + marker, marker + "@example.org", null), true);
        resumes.upload(pia.id(), "pia.pdf", io.hirestage.candidate.ResumesTests.pdf("Pia, API design and Kafka"));
        navigate(CandidateView.class, pia.id());
        com.vaadin.flow.component.details.Details preview = find(com.vaadin.flow.component.details.Details.class).id("resume-pages");
        assertThat(find(com.vaadin.flow.component.html.Image.class).exists()).as("painted only when opened").isFalse();

        preview.setOpened(true);

        assertThat(find(com.vaadin.flow.component.html.Image.class).all()).extracting(image -> image.getAlt().orElseThrow())
                .containsExactly("Page 1 of 1 of the resume");
        assertThat(as("admin", Role.ADMIN, () -> accessLog.latest(pia.id())).stream().map(look -> look.kind().displayName()))
                .contains("Viewed the resume's pages");

        preview.setOpened(false);
        assertThat(find(com.vaadin.flow.component.html.Image.class).exists()).as("let go when closed").isFalse();
    }

    @Test
    void aResumeThatIsNoPdfOffersNoPages() {
        String marker = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateSummary tom = candidates.add(person("Tom " + marker, marker + "@example.org", null), true);
        resumes.upload(tom.id(), "tom.txt", "Tom, Java".getBytes(StandardCharsets.UTF_8));

        navigate(CandidateView.class, tom.id());

        assertThat(find(com.vaadin.flow.component.details.Details.class).withId("resume-pages").exists()).isFalse();
        assertThat(resumes.pages(tom.id())).isEmpty();
    }

    @Test
    void theProfileShowsTheCandidatesLinksOpeningInANewTab() {
        String marker = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName("Linked " + marker);
        draft.setEmail(marker + "@example.org");
        draft.setChannel(SourcingChannel.GITHUB);
        draft.setLinkedinUrl("https://www.linkedin.com/in/" + marker);
        draft.setGithubUrl("https://github.com/" + marker);
        long id = candidates.add(draft, true).id();

        navigate(CandidateView.class, id);

        Paragraph links = find(Paragraph.class).id("candidate-links");
        java.util.List<com.vaadin.flow.component.html.Anchor> anchors = links.getChildren()
                .filter(com.vaadin.flow.component.html.Anchor.class::isInstance).map(com.vaadin.flow.component.html.Anchor.class::cast).toList();
        assertThat(anchors).extracting(com.vaadin.flow.component.html.Anchor::getText).containsExactly("LinkedIn", "GitHub");
        assertThat(anchors).extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .containsExactly("https://www.linkedin.com/in/" + marker, "https://github.com/" + marker);
        assertThat(anchors).allSatisfy(anchor -> {
            assertThat(anchor.getElement().getAttribute("target")).isEqualTo("_blank");
            assertThat(anchor.getElement().getAttribute("rel")).contains("noopener", "noreferrer");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminSeesWhoOpenedTheProfileAndDownloadedTheResumeAndARecruiterDoesNot() {
        String marker = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName("Looked at " + marker);
        draft.setEmail(marker + "@example.org");
        draft.setChannel(SourcingChannel.GITHUB);
        long id = candidates.add(draft, true).id();
        resumes.upload(id, "cv.txt", "Kafka".getBytes(StandardCharsets.UTF_8));
        as("recruiter", Role.RECRUITER, () -> {
            navigate(CandidateView.class, id);
            assertThat(find(Grid.class).withId("who-looked").exists()).as("only admins see who looked").isFalse();
            assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("export-candidate-data").exists()).isFalse();
            assertThatThrownBy(() -> accessLog.latest(id)).isInstanceOf(AccessDeniedException.class);
            return resumes.file(id);
        });

        navigate(CandidateView.class, id);

        assertThat(find(com.vaadin.flow.component.html.Anchor.class).id("export-candidate-data").getText())
                .isEqualTo("Export everything held about Looked at " + marker + " (zip)");
        @SuppressWarnings("unchecked")
        Grid<CandidateAccessView> looks = find(Grid.class).id("who-looked");
        assertThat(java.util.stream.IntStream.range(0, test(looks).size()).mapToObj(row -> test(looks).getRow(row))
                .map(look -> look.actor() + ": " + look.kind().displayName()))
                .containsExactly("admin: Opened the profile", "recruiter: Downloaded the resume", "recruiter: Opened the profile");
    }

    @Test
    void aResumeUploadedOnTheProfileShowsTheSkillsItMentionsAndABadFileIsExplained() {
        String marker = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName("Profile " + marker);
        draft.setEmail(marker + "@example.org");
        draft.setChannel(SourcingChannel.GITHUB);
        long id = candidates.add(draft, true).id();

        CandidateView view = navigate(CandidateView.class, id);
        assertThat(find(Div.class).id("resume").getElement().getTextRecursively()).contains("No resume yet");

        view.upload("cv.txt", "Ten years of API design, Kafka and database modelling".getBytes(StandardCharsets.UTF_8));

        assertThat(find(Paragraph.class).withClassName("skills-mentioned").first().getText())
                .startsWith("Backend Lead Developer: mentions 2 of 5 skills: API design and system structuring; "
                        + "Database modelling and query optimisation");

        view.upload("photo.pdf", "not really a pdf".getBytes(StandardCharsets.UTF_8));
        Span problem = find(Span.class).id("resume-upload-result");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("is named .pdf but its content is text");
        assertThat(find(Div.class).id("resume").getElement().getTextRecursively()).as("the earlier resume stays").contains("cv.txt");
    }

    @Test
    void aRecruiterEditsTheCandidateOnTheProfileAndSearchFindsTheNewNameAtOnce() {
        String marker = "e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName("Before " + marker);
        draft.setEmail(marker + "@example.org");
        draft.setChannel(SourcingChannel.GITHUB);
        long id = candidates.add(draft, true).id();
        CandidateDraft other = new CandidateDraft();
        other.setFullName("Taken " + marker);
        other.setEmail("taken." + marker + "@example.org");
        other.setChannel(SourcingChannel.GITHUB);
        candidates.add(other, true);

        navigate(CandidateView.class, id);
        assertThat(find(H3.class).withText("Applications").exists()).as("the pipeline's section on the profile").isTrue();
        test(find(Button.class).id("edit-candidate")).click();
        test(find(EmailField.class).withLabel("Email").single()).setValue("taken." + marker + "@example.org");
        test(find(Button.class).id("save-candidate")).click();
        EmailField email = find(EmailField.class).withLabel("Email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("is in the portal already");

        test(email).setValue(marker + "@example.org");
        test(find(TextField.class).withLabel("Full name").single()).setValue("After " + marker);
        test(find(Button.class).id("save-candidate")).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(H2.class).first().getText()).isEqualTo("After " + marker);
        assertThat(search.page(CandidateQuery.text("after " + marker), PageRequest.of(0, 5))).extracting(CandidateSummary::id)
                .containsExactly(id);
        assertThat(search.page(CandidateQuery.text("before " + marker), PageRequest.of(0, 5))).isEmpty();
    }
}
