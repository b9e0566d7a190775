package io.hirestage.audit;

import java.time.Instant;

/**
 * A line of the audit trail as readers see it.
 *
 * @param entityType what kind of thing changed, for example "User"
 * @param entityId   which one, for example the user name
 * @param action     what happened, for example "created" or "password reset"
 * @param summary    a short description of the change, never a secret
 */
public record AuditEntry(Long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
                         String summary) {
}
