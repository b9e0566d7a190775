package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Instant;

/**
 * A sent video interview invitation.
 *
 * @param interviewId  the vendor's identifier, used to ask for the result
 * @param candidateUrl the link the candidate opens; {@code null} when the vendor gives none, allowed since API 1.1
 * @param expiresAt    when the link stops working; {@code null} when the vendor does not say, allowed since API 1.1
 */
public record VideoInvitation(String interviewId, URI candidateUrl, Instant expiresAt) {
}
