package io.hirestage.plugin.api;

/**
 * An invitation the portal asks a vendor to send.
 *
 * @param testId         which of the vendor's {@link AssessmentTest tests}
 * @param candidateName  the candidate's full name
 * @param candidateEmail where the vendor sends the invitation
 * @param idempotencyKey the same key for a repeated request; the vendor invites once per key
 */
public record AssessmentRequest(String testId, String candidateName, String candidateEmail, String idempotencyKey) {
}
