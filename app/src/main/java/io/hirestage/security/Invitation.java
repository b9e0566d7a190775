package io.hirestage.security;

import java.net.URI;
import java.time.Instant;

/**
 * A user invited to choose their own first password.
 *
 * @param link      the one-time link to pass on; shown once, the portal keeps only its hash
 * @param expiresAt when the link stops working if unused
 */
public record Invitation(User user, URI link, Instant expiresAt) {
}
