package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateMerge;
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
