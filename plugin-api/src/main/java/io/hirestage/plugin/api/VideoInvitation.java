package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Instant;

/**
 * A sent video interview invitation.
 *
 * @param interviewId  the vendor's identifier, used to ask for the result
 * @param candidateUrl the link the candidate opens
 * @param expiresAt    when the link stops working
 */
public record VideoInvitation(String interviewId, URI candidateUrl, Instant expiresAt) {
}
