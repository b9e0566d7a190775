package io.hirestage.plugin.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A live interview the portal asks a vendor to book.
 *
 * @param title          what participants see, for example "Backend Lead Developer: structured interview"
 * @param start          when it starts
 * @param duration       how long it is booked for
 * @param participants   the candidate and the interviewers
 * @param idempotencyKey the same key for a repeated request; the vendor books once per key
 */
public record LiveInterviewRequest(String title, Instant start, Duration duration, List<Participant> participants,
                                   String idempotencyKey) {

    /** Copies the list so the record stays immutable. */
    public LiveInterviewRequest {
        participants = List.copyOf(participants);
    }

    /**
     * Someone who joins a live interview.
     *
     * @param name      full name
     * @param email     where the vendor sends the link
     * @param candidate {@code true} for the candidate, {@code false} for an interviewer
     */
    public record Participant(String name, String email, boolean candidate) {
    }
}
