package io.hirestage.candidate;

import java.time.Instant;

/**
 * A candidate's resume as the profile shows it.
 *
 * @param mediaType the type read from the file's bytes, whatever its name says
 * @param text      the text read from it, which search and screening use
 */
public record ResumeView(Long candidateId, String fileName, String mediaType, long sizeBytes, String text, Instant uploadedAt,
                         String uploadedBy) {
}
