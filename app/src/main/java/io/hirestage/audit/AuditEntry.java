package io.hirestage.audit;

import java.time.Instant;

/**
 * A line of the audit trail as readers see it.
 *
 * @param actor      the user name of who acted, or "system"
 * @param actorName  their full name as it is today, or the user name when there is none
 * @param entityType what kind of thing changed, for example "User"
 * @param entityId   which one, for example the user name
 * @param entityName its name as it is today ("Ada Lovelace", the opening's title), or the id when nothing names it
 * @param action     what happened, for example "created" or "password reset"
 * @param summary    a short description of the change, never a secret
 * @param changes    old and new values of the fields an edit changed, or {@code null}
 */
public record AuditEntry(Long id, Instant occurredAt, String actor, String actorName, String entityType, String entityId,
                         String entityName, String action, String summary, String changes) {

    AuditEntry named(String actorName, String entityName) {
        return new AuditEntry(id, occurredAt, actor, actorName, entityType, entityId, entityName, action, summary, changes);
    }
}
