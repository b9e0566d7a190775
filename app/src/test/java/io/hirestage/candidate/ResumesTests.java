package io.hirestage.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "recruiter", roles = "RECRUITER")
class ResumesTests {

    @Autowired
    Resumes resumes;

    @Autowired
    Candidates candidates;

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
                .hasMessageStartingWith("resume.pdf is not a PDF, Word (DOCX) or text file: its content is application/x-");
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

    static byte[] pdf(String line) throws IOException {
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
