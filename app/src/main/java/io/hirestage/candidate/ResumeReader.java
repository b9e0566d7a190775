package io.hirestage.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded resume with Apache Tika: the type from the bytes alone (a file's name can say
 * anything: an executable called resume.pdf is still an executable), then the text.
 */
@Component
class ResumeReader {

    /** The resume formats recruiters upload, with the names they know them by. */
    static final Map<String, String> ACCEPTED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)",
            "text/plain", "text");

    private static final int MAX_TEXT_CHARACTERS = 500_000;

    private final Tika tika = new Tika();

    ReadResume read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ResumeRejectedException(fileName + " is empty");
        }
        if (content.length > Resume.MAX_BYTES) {
            throw new ResumeRejectedException(fileName + " is larger than " + Resume.MAX_BYTES / (1024 * 1024) + " MB");
        }
        String mediaType = tika.detect(content);
        if (!ACCEPTED.containsKey(mediaType)) {
            throw new ResumeRejectedException(fileName + " is not a PDF, Word (DOCX) or text file: its content is " + mediaType);
        }
        String expected = ACCEPTED.get(mediaType);
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!extension.isEmpty() && !matches(extension, mediaType)) {
            throw new ResumeRejectedException(fileName + " is named ." + extension + " but its content is " + expected
                    + "; rename it or upload the right file");
        }
        String text;
        try {
            tika.setMaxStringLength(MAX_TEXT_CHARACTERS);
            text = tika.parseToString(new ByteArrayInputStream(content)).strip();
        } catch (IOException | TikaException e) {
            throw new ResumeRejectedException(fileName + " could not be read: " + e.getMessage());
        }
        if (text.isEmpty()) {
            throw new ResumeRejectedException(fileName + " has no text to read (a scanned image?); upload a version with text");
        }
        return new ReadResume(mediaType, text);
    }

    private static boolean matches(String extension, String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> extension.equals("pdf");
            case "text/plain" -> extension.equals("txt") || extension.equals("text") || extension.equals("md");
            default -> extension.equals("docx");
        };
    }
}
