package io.hirestage.plugin.api;

import java.net.URI;

/**
 * An invitation the portal asks a vendor to send. The fields after {@code idempotencyKey} came with
 * API 1.1; each may be {@code null}, and a vendor uses those its API asks for.
 *
 * @param testId         which of the vendor's {@link AssessmentTest tests}
 * @param candidateName  the candidate's full name
 * @param candidateEmail where the vendor sends the invitation
 * @param idempotencyKey the same key for a repeated request; the vendor invites once per key
 * @param givenName      the candidate's given name(s), for vendors that ask for first and last name
 * @param familyName     the candidate's family name
 * @param profileUrl     the candidate's profile in the portal, for the vendor's report to link back to;
 *                       only people logged in to the portal can open it
 * @param jobTitle       the job the candidate applies for, for example "Backend Lead Developer"
 * @param openingTitle   the opening, for example "Backend Lead, Payments (Berlin)"
 * @param callbackUrl    where the vendor may call when this invitation changed (any HTTP method); see
 *                       {@link Capability#CALLBACKS}
 */
public record AssessmentRequest(String testId, String candidateName, String candidateEmail, String idempotencyKey,
                                String givenName, String familyName, URI profileUrl, String jobTitle, String openingTitle,
                                URI callbackUrl) {

    /** The request of API 1.0, without the candidate's and opening's details. */
    public AssessmentRequest(String testId, String candidateName, String candidateEmail, String idempotencyKey) {
        this(testId, candidateName, candidateEmail, idempotencyKey, null, null, null, null, null, null);
    }
}
