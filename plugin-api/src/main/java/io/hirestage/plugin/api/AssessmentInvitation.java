package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Instant;

/**
 * A sent invitation.
 *
 * @param invitationId the vendor's identifier, used to ask for the result
 * @param candidateUrl the link the candidate opens to take the test
 * @param expiresAt    when the link stops working
 */
public record AssessmentInvitation(String invitationId, URI candidateUrl, Instant expiresAt) {
}
