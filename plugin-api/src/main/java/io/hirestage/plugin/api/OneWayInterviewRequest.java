package io.hirestage.plugin.api;

import java.time.Instant;
import java.util.List;

/**
 * A one-way interview the portal asks a vendor to send.
 *
 * @param candidateName  the candidate's full name
 * @param candidateEmail where the vendor sends the invitation
 * @param questions      the questions, in order
 * @param deadline       when answers must be in
 * @param idempotencyKey the same key for a repeated request; the vendor invites once per key
 */
public record OneWayInterviewRequest(String candidateName, String candidateEmail, List<String> questions,
                                     Instant deadline, String idempotencyKey) {

    /** Copies the list so the record stays immutable. */
    public OneWayInterviewRequest {
        questions = List.copyOf(questions);
    }
}
