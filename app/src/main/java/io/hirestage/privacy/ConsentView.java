package io.hirestage.privacy;

import java.time.Instant;

/**
 * A consent as the profile shows it.
 *
 * @param notice the notice the candidate was shown, "Germany, version 3"
 * @param holds  neither withdrawn nor expired
 */
public record ConsentView(long id, long candidateId, ConsentPurpose purpose, Instant givenAt, String source, String notice,
                          Instant expiresAt, Instant withdrawnAt, String recordedBy, boolean holds) {
}
