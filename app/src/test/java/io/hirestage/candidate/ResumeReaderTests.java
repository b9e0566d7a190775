package io.hirestage.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Hostile resumes against the reader on its own (no portal around it): bombs, a file that takes too
 * long, text at the limits, and several at once. The reader's timeout is short here, so a slow file
 * costs the test seconds.
 */
class ResumeReaderTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private static ResumeReader reader;
    private static byte[] docxBomb;
    private static byte[] pdfBomb;
    /** A thread per upload, as the servlet container gives each request (the common pool has one thread on two cores). */
    private static final ExecutorService uploaders = Executors.newCachedThreadPool();

    @BeforeAll
    static void readerAndHostileFiles() throws IOException {
        reader = new ResumeReader(new ResumeReadingProperties(2, TIMEOUT, DataSize.ofMegabytes(256)));
        docxBomb = HostileFiles.docxBomb(HostileFiles.GIGABYTE);
        // PDFBox reads this gigabyte of content stream in more than a minute here: far past the timeout.
        pdfBomb = HostileFiles.pdfBomb(HostileFiles.GIGABYTE);
    }

    @AfterAll
    static void stopReaders() {
        uploaders.shutdownNow();
        reader.stopReaders();
    }

    @Test
    void aDocxWhoseTextInflatesToAGigabyteIsRefusedAsABomb() throws IOException {
        assertThat(docxBomb.length).as("a small upload").isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> reader.read("cv.docx", docxBomb)).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("cv.docx looks like a compressed bomb: it expands to far more than any resume, so it was not read");
        assertThat(reader.read("cv.docx", ResumesTests.docx("Database modelling at scale")).text())
                .as("the next resume is read").contains("Database modelling at scale");
    }

    @Test
    void aPdfThatTakesLongerThanTheTimeoutIsStoppedAndTheNextOneIsRead() throws IOException {
        assertThatThrownBy(() -> reader.read("cv.pdf", pdfBomb)).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("cv.pdf took too long to read (over 3 s), so it was not read; save it again as a plain PDF or DOCX and upload that");
        assertThat(reader.read("cv.pdf", ResumesTests.pdf("Led API design for a payments platform")).text())
                .contains("Led API design for a payments platform");
    }

    @Test
    void aPdfsFirstPagesArePaintedAsPicturesOfBoundedSize() throws IOException {
        ResumePages painted = reader.pages("cv.pdf", pages(7), 5);

        assertThat(painted.pageCount()).isEqualTo(7);
        assertThat(painted.pages()).hasSize(5);
        for (byte[] jpeg : painted.pages()) {
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertThat(page.getWidth()).as("a letter page, as wide as painted pages are").isEqualTo(PdfPagePainter.MAX_WIDTH);
            assertThat(page.getHeight()).isLessThanOrEqualTo(PdfPagePainter.MAX_HEIGHT);
            assertThat(darkPixels(page)).as("the text is on the picture").isGreaterThan(100);
        }
    }

    @Test
    void aPdfThatTakesTooLongToPaintIsStoppedAndOtherFilesAreNoPages() throws IOException {
        assertThatThrownBy(() -> reader.pages("cv.pdf", pdfBomb, 5)).isInstanceOf(ResumeRejectedException.class)
                .hasMessageStartingWith("cv.pdf took too long to read (over 3 s)");
        assertThatThrownBy(() -> reader.pages("cv.docx", ResumesTests.docx("API design"), 5)).isInstanceOf(ResumeRejectedException.class)
                .hasMessage("cv.docx is not a PDF, so it has no pages to show");
        assertThat(reader.pages("cv.pdf", pages(1), 5).pages()).as("the next one is painted").hasSize(1);
    }

    /** A letter-size PDF of this many pages, each with a few lines of text. */
    private static byte[] pages(int count) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int number = 1; number <= count; number++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
                    content.newLineAtOffset(50, 700);
                    content.showText("Page " + number + ": API design, Kafka, PostgreSQL");
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void aTextOfTheLargestSizeIsReadAndItsTextIsCutAtTheLimit() {
        byte[] text = "Kafka and PostgreSQL. ".repeat(Resume.MAX_BYTES / 22 + 1).substring(0, Resume.MAX_BYTES)
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(text).hasSize(Resume.MAX_BYTES);

        ReadResume read = reader.read("cv.txt", text);

        assertThat(read.mediaType()).isEqualTo("text/plain");
        assertThat(read.text()).startsWith("Kafka and PostgreSQL.").hasSizeLessThanOrEqualTo(ResumeReader.MAX_TEXT_CHARACTERS)
                .hasSizeGreaterThan(ResumeReader.MAX_TEXT_CHARACTERS - 100);
    }

    @Test
    void fourHostileFilesAtOnceStillLetAnotherResumeBeRead() throws IOException {
        List<CompletableFuture<String>> hostile = new ArrayList<>();
        for (byte[] file : List.of(pdfBomb, docxBomb, pdfBomb, docxBomb)) {
            String name = file == pdfBomb ? "slow.pdf" : "bomb.docx";
            hostile.add(CompletableFuture.supplyAsync(() -> refusal(name, file), uploaders));
        }
        byte[] normal = ResumesTests.docx("Incident response and on-call leadership");
        await().until(() -> reader.readingOrWaiting() >= 2);

        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> reader.read("ada.docx", normal).text(), uploaders);

        await().atMost(Duration.ofSeconds(60)).until(next::isDone);
        assertThat(next.join()).contains("Incident response and on-call leadership");
        await().atMost(Duration.ofSeconds(60)).until(() -> hostile.stream().allMatch(CompletableFuture::isDone));
        assertThat(hostile).extracting(CompletableFuture::join).containsExactlyInAnyOrder(
                "slow.pdf took too long to read (over 3 s), so it was not read; save it again as a plain PDF or DOCX and upload that",
                "slow.pdf took too long to read (over 3 s), so it was not read; save it again as a plain PDF or DOCX and upload that",
                "bomb.docx looks like a compressed bomb: it expands to far more than any resume, so it was not read",
                "bomb.docx looks like a compressed bomb: it expands to far more than any resume, so it was not read");
    }

    @Test
    void beyondTheUploadsThatMayWaitAnotherIsRefusedAsBusyAtOnce() throws IOException {
        ResumeReader oneReader = new ResumeReader(new ResumeReadingProperties(1, TIMEOUT, DataSize.ofMegabytes(256)));
        try {
            // One reading and three waiting: what one reader takes.
            List<CompletableFuture<String>> slow = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                slow.add(CompletableFuture.supplyAsync(() -> refusal("slow.pdf", pdfBomb, oneReader), uploaders));
                int started = i + 1;
                await().until(() -> oneReader.readingOrWaiting() == started);
            }

            assertThatThrownBy(() -> oneReader.read("ada.pdf", ResumesTests.pdf("Distributed systems")))
                    .hasMessage("ada.pdf was not read: many resumes are being read right now; try again in a minute");
            await().atMost(Duration.ofSeconds(60)).until(() -> slow.stream().allMatch(CompletableFuture::isDone));
            assertThat(oneReader.read("ada.pdf", ResumesTests.pdf("Distributed systems")).text()).contains("Distributed systems");
        } finally {
            oneReader.stopReaders();
        }
    }

    private static String refusal(String name, byte[] file) {
        return refusal(name, file, reader);
    }

    private static String refusal(String name, byte[] file, ResumeReader by) {
        try {
            by.read(name, file);
            return name + " was read";
        } catch (ResumeRejectedException e) {
            return e.getMessage();
        }
    }
}
