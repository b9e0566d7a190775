package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A one-way interview the portal asks a vendor to send. The fields after {@code idempotencyKey} came
 * with API 1.1; each may be {@code null}, and a vendor uses those its API asks for.
 *
 * @param candidateName  the candidate's full name
 * @param candidateEmail where the vendor sends the invitation
 * @param questions      the questions, in order
 * @param deadline       when answers must be in
 * @param idempotencyKey the same key for a repeated request; the vendor invites once per key
 * @param givenName      the candidate's given name(s)
 * @param familyName     the candidate's family name
 * @param profileUrl     the candidate's profile in the portal; only people logged in to the portal can open it
 * @param jobTitle       the job the candidate applies for
 * @param openingTitle   the opening
 * @param callbackUrl    where the vendor may call when this interview changed (any HTTP method); see
 *                       {@link Capability#CALLBACKS}
 */
public record OneWayInterviewRequest(String candidateName, String candidateEmail, List<String> questions,
                                     Instant deadline, String idempotencyKey, String givenName, String familyName, URI profileUrl,
                                     String jobTitle, String openingTitle, URI callbackUrl) {

    /** Copies the list so the record stays immutable. */
    public OneWayInterviewRequest {
        questions = List.copyOf(questions);
    }

    /** The request of API 1.0, without the candidate's and opening's details. */
    public OneWayInterviewRequest(String candidateName, String candidateEmail, List<String> questions, Instant deadline,
                                  String idempotencyKey) {
        this(candidateName, candidateEmail, questions, deadline, idempotencyKey, null, null, null, null, null, null);
    }
}
