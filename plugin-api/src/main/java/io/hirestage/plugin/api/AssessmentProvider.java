package io.hirestage.plugin.api;

import java.util.List;

/**
 * A skills-test vendor: offers tests, invites candidates to them and reports their results.
 *
 * <p>The portal calls these methods off the UI thread; each may block on the vendor's API.
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
     * The current state of an invitation and, once complete, its result.
     *
     * @throws ProviderException when the invitation is unknown to the vendor or it cannot be reached
     */
    AssessmentResult result(String invitationId);
}
