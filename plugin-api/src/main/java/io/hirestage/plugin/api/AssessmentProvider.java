package io.hirestage.plugin.api;

import java.util.List;

/**
 * A skills-test vendor: offers tests, invites candidates to them and reports their results, in the
 * shape of the assessment partner APIs of the big applicant tracking systems (list tests, send test,
 * test status, completion callback).
 */
public interface AssessmentProvider extends StageProvider {

    /** The tests the vendor offers with the current settings. */
    List<AssessmentTest> tests();

    /**
     * Invites a candidate to a test. Calling it twice with the same
     * {@link AssessmentRequest#idempotencyKey()} must invite once and return the same invitation.
     *
     * @throws ProviderException when the vendor refuses or cannot be reached
     */
    AssessmentInvitation invite(AssessmentRequest request);

    /**
     * The current state of an invitation and, once complete, its result. The total stays within
     * {@code 0..maxScore} and each competency score within {@code 0..100}; the portal refuses
     * anything else as a vendor error.
     *
     * @throws ProviderException when the invitation is unknown to the vendor or it cannot be reached
     */
    AssessmentResult result(String invitationId);

    /**
     * Withdraws an invitation; the candidate's link stops working. Cancelling twice is not an error.
     *
     * @throws ProviderException when the vendor cannot be reached
     */
    void cancel(String invitationId);

    /**
     * Erases everything the vendor holds about a candidate (GDPR erasure). Afterwards
     * {@link #result} for their invitations fails.
     *
     * @throws ProviderException when the vendor cannot be reached
     */
    void eraseCandidate(String candidateEmail);
}
