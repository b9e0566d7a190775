package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Instant;

/**
 * A sent invitation.
 *
 * @param invitationId the vendor's identifier, used to ask for the result
 * @param candidateUrl the link the candidate opens to take the test; {@code null} when the vendor gives
 *                     none (it emails the candidate itself), allowed since API 1.1
 * @param expiresAt    when the link stops working; {@code null} when the vendor does not say, allowed since API 1.1
 */
public record AssessmentInvitation(String invitationId, URI candidateUrl, Instant expiresAt) {
}
