package io.hirestage.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import io.hirestage.security.RunAsSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
public class ResumesTests {

    @Autowired
    Resumes resumes;

    @Autowired
    Candidates candidates;

    @Autowired
    CandidateSearch search;

    private long candidateId;

    @BeforeEach
    void aCandidate() {
        String marker = CandidatesTests.unique();
        candidateId = candidates.add(CandidatesTests.draft("Resume " + marker, marker + "@example.org", ""), true).id();
    }

    @Test
    void aPdfResumeIsStoredWithItsTextAndTheSkillsItMentions() throws IOException {
        ResumeView resume = resumes.upload(candidateId, "ada.pdf", pdf("Led API design for a payments platform; Kafka and PostgreSQL."));

        assertThat(resume.mediaType()).isEqualTo("application/pdf");
        assertThat(resume.text()).contains("Led API design for a payments platform");
        assertThat(resume.uploadedBy()).isEqualTo("recruiter");
        assertThat(Resumes.skillsMentioned(resume, List.of("API design and system structuring", "Distributed systems understanding")))
                .containsExactly("API design and system structuring");
        assertThat(resumes.file(candidateId)).hasValueSatisfying(file -> assertThat(file.fileName()).isEqualTo("ada.pdf"));
    }

    @Test
    void aWordResumeAndATextResumeAreReadToo() throws IOException {
        assertThat(resumes.upload(candidateId, "cv.docx", docx("Database modelling at scale")).text()).contains("Database modelling at scale");
        ResumeView replaced = resumes.upload(candidateId, "cv.txt", "Debugging production incidents".getBytes(StandardCharsets.UTF_8));

        assertThat(replaced.mediaType()).isEqualTo("text/plain");
        assertThat(resumes.find(candidateId)).hasValueSatisfying(current -> assertThat(current.fileName()).isEqualTo("cv.txt"));
    }

    @Test
    void aFileNameThatWouldBreakTheDownloadIsStoredAsPlainText() {
        byte[] text = "Distributed systems".getBytes(StandardCharsets.UTF_8);

        assertThat(resumes.upload(candidateId, "cv.exe\"; x=\".txt", text).fileName()).isEqualTo("cv.exe__ x=_.txt");
        assertThat(resumes.upload(candidateId, "C:\\Users\\ada\\cv\r\nSet-Cookie: a=b.txt", text).fileName())
                .isEqualTo("cvSet-Cookie_ a=b.txt");
        assertThat(resumes.upload(candidateId, "cv\u202Etxt.exe.txt", text).fileName()).as("no right-to-left override")
                .isEqualTo("cvtxt.exe.txt");
        assertThat(resumes.find(candidateId)).hasValueSatisfying(current -> assertThat(current.fileName()).isEqualTo("cvtxt.exe.txt"));
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertThatThrownBy(() -> resumes.upload(candidateId, "empty.pdf", new byte[0])).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("empty.pdf is empty");
        byte[] huge = new byte[Resume.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> resumes.upload(candidateId, "huge.txt", huge)).hasMessage("huge.txt is larger than 10 MB");
        assertThat(resumes.find(candidateId)).isEmpty();
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefusedForWhatItIs() {
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';

        assertThatThrownBy(() -> resumes.upload(candidateId, "resume.pdf", executable)).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("resume.pdf is a program, not a PDF, Word (DOCX) or text file, so it was not uploaded");
    }

    @Test
    void anImageIsRefusedInPlainWords() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

        assertThatThrownBy(() -> resumes.upload(candidateId, "photo.pdf", png)).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("photo.pdf is an image, not a PDF, Word (DOCX) or text file, so it was not uploaded");
    }

    @Test
    void aFileNamedForAnotherTypeIsRefused() {
        assertThatThrownBy(() -> resumes.upload(candidateId, "resume.pdf", "plain words".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("resume.pdf is named .pdf but its content is text; rename it or upload the right file");
    }

    @Test
    void aResumeWithoutTextIsRefusedWithWhatToDo() throws IOException {
        assertThatThrownBy(() -> resumes.upload(candidateId, "scan.pdf", pdf(null)))
                .hasMessage("scan.pdf has no text to read (a scanned image?); upload a version with text");
        assertThat(resumes.find(candidateId)).isEmpty();
    }

    @Test
    void aDocxBombIsRefusedAndTheResumeBeforeItStays() throws IOException {
        resumes.upload(candidateId, "cv.txt", "Kafka and PostgreSQL".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> resumes.upload(candidateId, "cv.docx", docxBomb())).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("cv.docx looks like a compressed bomb: it expands to far more than any resume, so it was not read");
        assertThat(resumes.find(candidateId)).hasValueSatisfying(current -> assertThat(current.fileName()).isEqualTo("cv.txt"));
    }

    /**
     * Two bombs and two files that take longer than the reader's timeout (20 s), uploaded at once:
     * search answers while the slow ones are still being read, another recruiter's resume is read once
     * a reader is free (at most the timeout later), and each hostile file is refused with its reason.
     */
    @Test
    void fourHostileUploadsAtOnceLeaveSearchAndAnotherUploadAnswering() throws Exception {
        String marker = CandidatesTests.unique();
        long otherId = candidates.add(CandidatesTests.draft("Other " + marker, marker + "@example.org", ""), true).id();
        // About 4 MB; PDFBox would read its 4 GiB of content stream for minutes.
        byte[] slowPdf = HostileFiles.pdfBomb(4 * HostileFiles.GIGABYTE);
        byte[] normal = docx("Incident response and on-call leadership");
        List<CompletableFuture<String>> hostile = new ArrayList<>();
        try (ExecutorService recruiters = Executors.newCachedThreadPool()) {
            for (byte[] file : List.of(slowPdf, docxBomb(), slowPdf, docxBomb())) {
                String name = file == slowPdf ? "slow.pdf" : "bomb.docx";
                hostile.add(CompletableFuture.supplyAsync(() -> RunAsSystem.call(() -> refusal(name, file)), recruiters));
            }
            CompletableFuture<List<CandidateSummary>> searched = CompletableFuture.supplyAsync(
                    () -> RunAsSystem.call(() -> search.page(CandidateQuery.text("other " + marker), PageRequest.of(0, 5))), recruiters);
            CompletableFuture<ResumeView> uploaded = CompletableFuture.supplyAsync(() -> RunAsSystem.call(
                    () -> resumes.upload(otherId, "ada.docx", normal)), recruiters);

            await().atMost(Duration.ofSeconds(10)).until(searched::isDone);
            assertThat(hostile).as("the slow files are still being read").anyMatch(reading -> !reading.isDone());
            assertThat(searched.join()).extracting(CandidateSummary::id).containsExactly(otherId);
            await().atMost(Duration.ofSeconds(90)).until(uploaded::isDone);
            assertThat(uploaded.join().text()).contains("Incident response and on-call leadership");
            await().atMost(Duration.ofSeconds(120)).until(() -> hostile.stream().allMatch(CompletableFuture::isDone));
        }
        assertThat(hostile).extracting(CompletableFuture::join).containsExactlyInAnyOrder(
                "slow.pdf took too long to read (over 20 s), so it was not read; save it again as a plain PDF or DOCX and upload that",
                "slow.pdf took too long to read (over 20 s), so it was not read; save it again as a plain PDF or DOCX and upload that",
                "bomb.docx looks like a compressed bomb: it expands to far more than any resume, so it was not read",
                "bomb.docx looks like a compressed bomb: it expands to far more than any resume, so it was not read");
        assertThat(resumes.find(candidateId)).as("nothing stored from the hostile files").isEmpty();
    }

    private String refusal(String name, byte[] file) {
        try {
            resumes.upload(candidateId, name, file);
            return name + " was stored";
        } catch (ResumeRejectedException e) {
            return e.getMessage();
        }
    }

    private static byte[] docxBomb;

    /** About 1 MB that inflates to 1 GiB, made once. */
    private static synchronized byte[] docxBomb() throws IOException {
        if (docxBomb == null) {
            docxBomb = HostileFiles.docxBomb(HostileFiles.GIGABYTE);
        }
        return docxBomb;
    }

    public static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (line != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(50, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String line) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(line);
            document.write(out);
            return out.toByteArray();
        }
    }
}
