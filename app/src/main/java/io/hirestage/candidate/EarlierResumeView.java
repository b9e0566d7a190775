package io.hirestage.candidate;

import java.time.Instant;

/** A resume a newer upload replaced, as the profile lists it. */
public record EarlierResumeView(long id, String fileName, String mediaType, long sizeBytes, Instant uploadedAt, String uploadedBy,
                                Instant replacedAt) {
}
