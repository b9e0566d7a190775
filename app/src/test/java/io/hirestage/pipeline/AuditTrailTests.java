package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.opening.OpeningDraft;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The audit trail as an admin reads it: people and things by their names, the old and new value of
 * each field an edit changed (and only those), and the filtered lines as CSV.
 */
@SpringBootTest
class AuditTrailTests {

    @Autowired
    Candidates candidates;

    @Autowired
    Openings openings;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Test
    void aCandidateEditNamesWhoAndWhomAndListsOnlyTheChangedFieldsWithOldAndNewValues() {
        CandidateSummary ada = fixture.candidate("Ada");
        CandidateDraft draft = CandidateDraft.of(ada);
        draft.setLocation("Lisbon");
        draft.setTags("java, kafka");
        as("recruiter", Role.RECRUITER, () -> candidates.update(ada.id(), ada.version(), draft));

        AuditEntry edit = newest(new AuditFilter(null, "Candidate", "edited", ada.fullName(), null, null));
        assertThat(edit.actor()).isEqualTo("recruiter");
        assertThat(edit.actorName()).isEqualTo("Riley Recruiter");
        assertThat(edit.entityId()).isEqualTo(String.valueOf(ada.id()));
        assertThat(edit.entityName()).isEqualTo(ada.fullName());
        assertThat(edit.summary()).isEqualTo("Edited " + ada.fullName() + ": location, tags");
        assertThat(edit.changes()).isEqualTo("Location: — → Lisbon; Tags: — → java, kafka");
    }

    @Test
    void anOpeningEditShowsItsTitleAndTheOldAndNewHeadcountAndTeam() {
        OpeningView opening = fixture.opening();
        OpeningDraft draft = new OpeningDraft();
        draft.setJobRoleId(opening.jobRoleId());
        draft.setTitle(opening.title());
        draft.setLocation(opening.location());
        draft.setHiringManagerId(opening.hiringManagerId());
        draft.setRecruiterIds(opening.recruiterIds());
        draft.setInterviewerIds(Set.of());
        draft.setHeadcount(2);
        draft.setTargetDate(opening.targetDate());
        draft.setStatus(opening.status());
        as("recruiter", Role.RECRUITER, () -> openings.update(opening.id(), opening.version(), draft));

        AuditEntry edit = newest(new AuditFilter("recruiter", "Opening", "updated", String.valueOf(opening.id()), null, null));
        assertThat(edit.entityName()).isEqualTo(opening.title());
        assertThat(edit.changes()).isEqualTo("Interview team: Ivan Interviewer → —; To hire: 1 → 2");
    }

    @Test
    void anApplicationIsNamedByItsCandidateAndOpening() {
        OpeningView opening = fixture.opening();
        ApplicationView bea = fixture.applicant(opening, "Bea");

        AuditEntry added = newest(new AuditFilter(null, "Application", "added", bea.candidateName(), null, null));
        assertThat(added.entityName()).isEqualTo(bea.candidateName() + " · " + opening.title());
        assertThat(added.actorName()).as("start-up and test work acts as the system").isEqualTo("system");
    }

    @Autowired
    VendorSteps vendorSteps;

    @Test
    void aVendorInvitationIsNamedByItsCandidateAndOpening() {
        OpeningView opening = fixture.opening();
        ApplicationView eve = fixture.applicant(opening, "Eve");
        ApplicationView inAssessment = as("recruiter", Role.RECRUITER, () -> applications.move(eve.id(), eve.version(),
                io.hirestage.jobrole.Stage.SKILLS_ASSESSMENT));
        as("recruiter", Role.RECRUITER, () -> vendorSteps.sendAssessment(inAssessment.id(), new io.hirestage.plugin.api.AssessmentTest(
                "backend-lead", "Backend Lead Developer skills test", java.time.Duration.ofMinutes(75), List.of("API design"))));

        AuditEntry sent = newest(new AuditFilter(null, "Vendor invitation", "sent", eve.candidateName(), null, null));
        assertThat(sent.entityName()).isEqualTo(eve.candidateName() + " · " + opening.title());
    }

    @Test
    void theCsvExportHoldsTheFilteredLinesWithNamesAndChanges() throws IOException {
        CandidateSummary cy = fixture.candidate("Cy");
        CandidateDraft draft = CandidateDraft.of(cy);
        draft.setLocation("=Zürich");
        as("recruiter", Role.RECRUITER, () -> candidates.update(cy.id(), cy.version(), draft));
        StringWriter csv = new StringWriter();

        as("admin", Role.ADMIN, () -> {
            auditLog.exportCsv(new AuditFilter(null, "Candidate", null, cy.fullName(), null, null), Sort.unsorted(), csv);
            return null;
        });

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).extracting(row -> row.get("Action")).as("newest first, only her lines").containsExactly("edited", "added");
        CSVRecord edit = rows.getFirst();
        assertThat(edit.get("Who")).isEqualTo("Riley Recruiter");
        assertThat(edit.get("User name")).isEqualTo("recruiter");
        assertThat(edit.get("Which")).isEqualTo(cy.fullName());
        assertThat(edit.get("Id")).isEqualTo(String.valueOf(cy.id()));
        assertThat(edit.get("Changes")).isEqualTo("Location: — → =Zürich");
    }

    private AuditEntry newest(AuditFilter filter) {
        return as("admin", Role.ADMIN, () -> auditLog.search(filter, PageRequest.of(0, 1)).getContent()).getFirst();
    }
}
