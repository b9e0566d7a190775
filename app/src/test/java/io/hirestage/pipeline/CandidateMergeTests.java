package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateMerge;
import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.candidate.EmailTakenException;
import io.hirestage.candidate.MergePreview;
import java.time.Duration;
import org.springframework.data.domain.PageRequest;
import static org.awaitility.Awaitility.await;
import io.hirestage.jobrole.ApplicationStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.Resumes;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CandidateMergeTests {

    @Autowired
    CandidateMerge merge;

    @Autowired
    Candidates candidates;

    @Autowired
    Applications applications;

    @Autowired
    Resumes resumes;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    CandidateSearch search;

    @Test
    void theResumeNotKeptCurrentStaysAsAnEarlierOneOfThePerson() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        CandidateSummary kept = candidates.add(draft("Edsger Dijkstra " + marker, "ewd-" + marker + "@example.org", null), true);
        CandidateSummary duplicate = candidates.add(draft("Dijkstra Edsger " + marker, "e.w.d-" + marker + "@example.org", null), true);
        resumes.upload(duplicate.id(), "ewd-old.txt", "Go To Statement Considered Harmful".getBytes(StandardCharsets.UTF_8));
        resumes.upload(kept.id(), "ewd-new.txt", "Shortest paths, semaphores".getBytes(StandardCharsets.UTF_8));

        assertThat(merge.preview(kept.id(), duplicate.id()).moves())
                .contains("This record's resume, the newer one, stays current; theirs (ewd-old.txt) is kept as an earlier resume");
        merge.merge(kept.id(), duplicate.id());

        assertThat(resumes.find(kept.id())).get().extracting(resume -> resume.fileName()).isEqualTo("ewd-new.txt");
        assertThat(resumes.earlier(kept.id())).extracting(io.hirestage.candidate.EarlierResumeView::fileName).containsExactly("ewd-old.txt");
    }

    @Test
    void thePreviewTellsWhatTheMergeWillDoAndChangesNothing() {
        OpeningView both = fixture.opening();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        CandidateSummary kept = candidates.add(draft("Alan Turing " + marker, "alan-" + marker + "@example.org", null), true);
        CandidateSummary duplicate = candidates.add(draft("Turing Alan " + marker, "a.turing-" + marker + "@example.org", "+44 20 7946 0002"),
                true);
        resumes.upload(duplicate.id(), "turing.txt", "Computable numbers".getBytes(StandardCharsets.UTF_8));
        applications.add(kept.id(), both.id());
        ApplicationView theirs = applications.add(duplicate.id(), both.id());
        applications.move(theirs.id(), theirs.version(), Stage.RESUME_SCREENING);

        MergePreview preview = merge.preview(kept.id(), duplicate.id());

        assertThat(preview.after().email()).isEqualTo(kept.email());
        assertThat(preview.after().otherEmails()).containsExactly(duplicate.email());
        assertThat(preview.after().phone()).isEqualTo("+44 20 7946 0002");
        assertThat(preview.moves()).containsExactly(
                "Both are in " + both.title() + ": the histories are merged and the application goes on from theirs (Resume screening, active)",
                "Their resume (turing.txt) comes here");
        assertThat(candidates.summaries(List.of(kept.id())).get(kept.id()).phone()).as("the preview changed nothing").isNull();
        assertThat(candidates.summaries(List.of(duplicate.id()))).containsKey(duplicate.id());

        CandidateSummary merged = merge.merge(kept.id(), duplicate.id());
        assertThat(merged.phone()).as("the merge does what the preview said").isEqualTo(preview.after().phone());
        assertThat(merged.otherEmails()).isEqualTo(preview.after().otherEmails());
    }

    @Test
    void theKeptRecordGetsTheDuplicatesApplicationsHistoryResumeAndMissingDetails() {
        OpeningView both = fixture.opening();
        OpeningView onlyTheirs = fixture.opening();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        CandidateSummary kept = candidates.add(draft("Ada Lovelace " + marker, "ada-" + marker + "@example.org", null), true);
        CandidateSummary duplicate = candidates.add(draft("Lovelace Ada " + marker, "ada.l-" + marker + "@example.org", "+44 20 7946 0001"),
                true);
        resumes.upload(duplicate.id(), "ada.txt", "Analytical engine programmer".getBytes(StandardCharsets.UTF_8));
        ApplicationView ours = applications.add(kept.id(), both.id());
        ApplicationView theirs = applications.add(duplicate.id(), both.id());
        applications.move(theirs.id(), theirs.version(), Stage.RESUME_SCREENING);
        applications.add(duplicate.id(), onlyTheirs.id());
        assertThat(candidates.lookalikesOf(kept.id())).extracting(CandidateSummary::id).contains(duplicate.id());

        CandidateSummary merged = merge.merge(kept.id(), duplicate.id());

        assertThat(merged.email()).isEqualTo(kept.email());
        assertThat(merged.otherEmails()).as("the duplicate's address stays with the person").containsExactly(duplicate.email());
        assertThatThrownBy(() -> candidates.add(draft("Ada Again " + marker, duplicate.email().toUpperCase(), null), true))
                .as("a new record with their other address is the same person").isInstanceOf(EmailTakenException.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> search.page(CandidateQuery.text(duplicate.email()), PageRequest.of(0, 5))
                .stream().map(CandidateSummary::id).toList().equals(List.of(kept.id())));
        assertThat(merged.phone()).isEqualTo("+44 20 7946 0001");
        assertThat(candidates.summaries(List.of(duplicate.id()))).isEmpty();
        assertThat(resumes.find(kept.id())).get().extracting(resume -> resume.text()).asString().contains("Analytical engine");
        assertThat(applications.forCandidate(kept.id())).extracting(ApplicationView::openingId)
                .containsExactlyInAnyOrder(both.id(), onlyTheirs.id());
        assertThat(applications.find(ours.id()).stage()).as("the kept application goes on from where the duplicate's, further along, stood")
                .isEqualTo(Stage.RESUME_SCREENING);
        List<ActivityEntry> timeline = applications.timeline(kept.id());
        assertThat(timeline).filteredOn(entry -> entry.applicationId().equals(ours.id())).extracting(ActivityEntry::summary)
                .contains("Moved from Sourcing to Resume screening")
                .anyMatch(line -> line.startsWith("Merged: The duplicate record " + duplicate.fullName())
                        && line.endsWith("the application goes on from where it stood"));
        assertThat(timeline).filteredOn(entry -> entry.kind() == ActivityKind.ADDED).hasSize(3);
    }

    @Test
    void aRejectedKeptApplicationDoesNotOverrideTheDuplicatesActiveOneInTheSameOpening() {
        OpeningView opening = fixture.opening();
        ApplicationView ours = fixture.applicant(opening, "Kept");
        ApplicationView theirs = fixture.applicant(opening, "Duplicate");
        applications.reject(ours.id(), ours.version(), "No response");

        merge.merge(ours.candidateId(), theirs.candidateId());

        ApplicationView merged = applications.find(ours.id());
        assertThat(merged.status()).isEqualTo(ApplicationStatus.ACTIVE);
        assertThat(merged.rejectionReason()).isNull();
    }

    @Test
    void aRecordIsNotMergedWithItself() {
        CandidateSummary ada = fixture.candidate("Ada");

        assertThatThrownBy(() -> merge.merge(ada.id(), ada.id())).hasMessage("Choose two different candidates to merge");
    }

    private static CandidateDraft draft(String name, String email, String phone) {
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(name);
        draft.setEmail(email);
        draft.setPhone(phone);
        draft.setChannel(SourcingChannel.GITHUB);
        return draft;
    }
}
