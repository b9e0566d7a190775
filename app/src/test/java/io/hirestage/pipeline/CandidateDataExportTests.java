package io.hirestage.pipeline;

import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import io.hirestage.candidate.CandidateDataExport;
import io.hirestage.candidate.Resumes;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A candidate's request to see everything held about them (GDPR Art. 15) or take it elsewhere (Art. 20). */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class CandidateDataExportTests {

    @Autowired
    PipelineFixture fixture;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationNotes notes;

    @Autowired
    Resumes resumes;

    @Autowired
    CandidateDataExport export;

    @Autowired
    AuditLog audit;

    @Autowired
    JsonMapper json;

    @Test
    void theZipHoldsTheProfileTheResumeFileItsTextTheApplicationsTheirActivityAndWhoLooked() throws IOException {
        OpeningView opening = fixture.opening();
        ApplicationView application = fixture.applicant(opening, "Subject");
        byte[] resume = "Ten years of Kafka and API design".getBytes(StandardCharsets.UTF_8);
        as("recruiter", Role.RECRUITER, () -> resumes.upload(application.candidateId(), "cv.txt", resume));
        as("recruiter", Role.RECRUITER, () -> notes.add(application.id(), "Strong on distributed systems"));
        as("recruiter", Role.RECRUITER, () -> resumes.file(application.candidateId()));

        Map<String, byte[]> files = unzip(export.export(application.candidateId()));

        assertThat(files).containsOnlyKeys("candidate.json", "resume/cv.txt");
        assertThat(files.get("resume/cv.txt")).isEqualTo(resume);
        JsonNode data = json.readTree(files.get("candidate.json"));
        assertThat(data.get("profile").get("fullName").asString()).isEqualTo(application.candidateName());
        assertThat(data.get("resume").get("text").asString()).contains("Ten years of Kafka");
        assertThat(data.get("applications").get(0).get("application").get("openingTitle").asString()).isEqualTo(opening.title());
        assertThat(data.get("applications").get(0).get("activity").toString()).contains("Strong on distributed systems");
        assertThat(data.get("whoLooked").toString()).contains("recruiter", "RESUME_DOWNLOADED");
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 5)).getContent()).extracting(AuditEntry::action)
                .contains("data exported");
    }

    @Test
    void onlyAnAdminExports() {
        ApplicationView application = fixture.applicant(fixture.opening(), "Private");

        assertThatThrownBy(() -> as("recruiter", Role.RECRUITER, () -> export.export(application.candidateId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
