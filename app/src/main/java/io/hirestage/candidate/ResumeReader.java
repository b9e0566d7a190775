package io.hirestage.candidate;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads an uploaded resume with Apache Tika: the type from the bytes alone (a file's name can say
 * anything: an executable called resume.pdf is still an executable), then the text.
 * <p>
 * The file is someone else's, so it is read out of the portal's process: Tika's {@code ForkParser}
 * keeps a few reader processes ({@link ResumeReadingProperties#readers()}), each with a small heap, and
 * stops one whose reading takes longer than {@link ResumeReadingProperties#timeout()}. Inside, POI's
 * zip-bomb guard and a cap on the text hold ({@link ResumeParser}). A hostile file therefore costs one
 * reader for at most the timeout; the portal's threads, heap and other users do not notice. Uploads
 * beyond the readers wait their turn, a few of them; more are refused as busy.
 */
@Component
class ResumeReader {

    /** The resume formats recruiters upload, with the names they know them by. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)",
            "text/plain", "text");

    /** Longer text is cut here; no resume comes near it (the text column holds twice as much). */
    static final int MAX_TEXT_CHARACTERS = 500_000;

    /** Uploads that may wait for a reader, per reader; beyond them an upload is refused as busy. */
    private static final int WAITING_PER_READER = 3;

    /** An idle reader process ends after this; the next upload starts one again (a few seconds). */
    private static final Duration IDLE_READER_ENDS_AFTER = Duration.ofMinutes(2);

    private final Duration timeout;
    private final ForkParser readerProcesses;
    private final ThreadPoolExecutor reading;

    ResumeReader(ResumeReadingProperties properties) {
        this.timeout = properties.timeout();
        int readers = properties.readers();
        readerProcesses = new ForkParser(ResumeReader.class.getClassLoader(), new ResumeParser(ACCEPTED.keySet(), MAX_TEXT_CHARACTERS));
        readerProcesses.setJavaCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + properties.readerHeap().toMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true"));
        readerProcesses.setPoolSize(readers);
        readerProcesses.setServerParseTimeoutMillis(timeout.toMillis());
        readerProcesses.setServerWaitTimeoutMillis(IDLE_READER_ENDS_AFTER.toMillis());
        reading = new ThreadPoolExecutor(readers, readers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(readers * WAITING_PER_READER),
                Thread.ofPlatform().name("resume-reader-", 1).daemon().factory());
    }

    ReadResume read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ResumeRejectedException(fileName + " is empty");
        }
        if (content.length > Resume.MAX_BYTES) {
            throw new ResumeRejectedException(fileName + " is larger than " + Resume.MAX_BYTES / (1024 * 1024) + " MB");
        }
        ReadResume read = readInReaderProcess(fileName, content);
        String mediaType = read.mediaType();
        if (mediaType == null) {
            throw new ResumeRejectedException(fileName + " could not be read: its type was not recognised");
        }
        if (!ACCEPTED.containsKey(mediaType)) {
            throw new ResumeRejectedException(fileName + " is " + FileKinds.describe(mediaType)
                    + ", not a PDF, Word (DOCX) or text file, so it was not uploaded");
        }
        String expected = ACCEPTED.get(mediaType);
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!extension.isEmpty() && !matches(extension, mediaType)) {
            throw new ResumeRejectedException(fileName + " is named ." + extension + " but its content is " + expected
                    + "; rename it or upload the right file");
        }
        if (read.text().isEmpty()) {
            throw new ResumeRejectedException(fileName + " has no text to read (a scanned image?); upload a version with text");
        }
        return read;
    }

    /** Resumes being read or waiting for a reader now. */
    int readingOrWaiting() {
        return reading.getActiveCount() + reading.getQueue().size();
    }

    @PreDestroy
    void stopReaders() {
        reading.shutdownNow();
        readerProcesses.close();
    }

    /**
     * A PDF's first {@code maxPages} pages as JPEG images, painted in a reader process within the same
     * memory limit and timeout as reading, and the number of pages it has.
     *
     * @throws ResumeRejectedException the file is no PDF, or could not be painted (a password, too big, too slow)
     */
    ResumePages pages(String fileName, byte[] content, int maxPages) {
        Metadata asked = new Metadata();
        asked.set(ResumeParser.PAGES_WANTED, String.valueOf(maxPages));
        Metadata painted = inReaderProcess(fileName, () -> parseNow(fileName, content, asked, new BodyContentHandler(-1)));
        if (!"application/pdf".equals(painted.get(ResumeParser.DETECTED_TYPE))) {
            throw new ResumeRejectedException(fileName + " is not a PDF, so it has no pages to show");
        }
        List<byte[]> pages = Arrays.stream(painted.getValues(ResumeParser.PAGE_IMAGES)).map(Base64.getDecoder()::decode).toList();
        return new ResumePages(pages, Integer.parseInt(painted.get(ResumeParser.PAGE_COUNT)));
    }

    private ReadResume readInReaderProcess(String fileName, byte[] content) {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata read = inReaderProcess(fileName, () -> parseNow(fileName, content, new Metadata(), text));
        return new ReadResume(read.get(ResumeParser.DETECTED_TYPE), text.toString().strip());
    }

    private <T> T inReaderProcess(String fileName, Callable<T> work) {
        Future<T> done;
        try {
            done = reading.submit(work);
        } catch (RejectedExecutionException busy) {
            throw new ResumeRejectedException(fileName + " was not read: many resumes are being read right now; try again in a minute");
        }
        try {
            // The reader process is stopped at the timeout; this only guards against waiting for ever.
            return done.get(timeout.multipliedBy(WAITING_PER_READER + 2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResumeRejectedException rejected) {
                throw rejected;
            }
            throw new ResumeRejectedException(fileName + " could not be read: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            done.cancel(true);
            throw tookTooLong(fileName);
        } catch (InterruptedException e) {
            done.cancel(true);
            Thread.currentThread().interrupt();
            throw new ResumeRejectedException(fileName + " was not read: the upload was stopped");
        }
    }

    /** Has a reader process parse the file: the text goes to {@code text}, the rest comes back in the metadata. */
    private Metadata parseNow(String fileName, byte[] content, Metadata metadata, BodyContentHandler text) {
        long started = System.nanoTime();
        try {
            readerProcesses.parse(new ByteArrayInputStream(content), text, metadata, new ParseContext());
        } catch (SAXException e) {
            // Past the cap the reader stops; the text keeps its first MAX_TEXT_CHARACTERS.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw unreadable(fileName, e, started);
            }
        } catch (IOException | TikaException e) {
            throw unreadable(fileName, e, started);
        }
        return metadata;
    }

    private ResumeRejectedException unreadable(String fileName, Exception e, long started) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // POI's guard ("Zip bomb detected!") and Tika's SecureContentHandler ("Suspected zip bomb") say so.
            if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new ResumeRejectedException(fileName + " looks like a compressed bomb: it expands to far more than any resume, "
                        + "so it was not read");
            }
        }
        // ForkParser's words when the reader process ended: stopped at the timeout, or out of memory.
        if (e instanceof TikaException && String.valueOf(e.getMessage()).startsWith("Failed to communicate with a forked parser")) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0) {
                return tookTooLong(fileName);
            }
            return new ResumeRejectedException(fileName + " needs more memory to read than a resume may take, so it was not read; "
                    + "save it again as a plain PDF or DOCX and upload that");
        }
        return new ResumeRejectedException(fileName + " could not be read: " + e.getMessage());
    }

    private ResumeRejectedException tookTooLong(String fileName) {
        return new ResumeRejectedException(fileName + " took too long to read (over " + timeout.toSeconds() + " s), so it was not read; "
                + "save it again as a plain PDF or DOCX and upload that");
    }

    private static boolean matches(String extension, String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> extension.equals("pdf");
            case "text/plain" -> extension.equals("txt") || extension.equals("text") || extension.equals("md");
            default -> extension.equals("docx");
        };
    }
}
