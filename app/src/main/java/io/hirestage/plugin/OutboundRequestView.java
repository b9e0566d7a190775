package io.hirestage.plugin;

import java.time.Instant;

/**
 * A request to a vendor as its owner sees it.
 *
 * @param result    the vendor's answer as JSON (for an invitation: its id, link and expiry), once succeeded
 * @param lastError why the last attempt failed, in words for portal users
 */
public record OutboundRequestView(Long id, String idempotencyKey, String providerId, OutboundOperation operation,
                                  OutboundRequestStatus status, int attempts, String lastError, String result, Instant createdAt,
                                  Instant completedAt) {
}
