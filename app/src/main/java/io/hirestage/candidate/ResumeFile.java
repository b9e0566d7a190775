package io.hirestage.candidate;

/** A resume file as it was uploaded, for download. */
public record ResumeFile(String fileName, String mediaType, byte[] content) {
}
