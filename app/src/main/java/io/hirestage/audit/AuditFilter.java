package io.hirestage.audit;

import java.time.Instant;

/**
 * What an admin narrows the audit trail to; a {@code null} or blank field does not filter.
 *
 * @param actor      exact user name of who acted
 * @param entityType exact kind of thing, for example "User"
 * @param action     exact action, for example "disabled"
 * @param text       words to find in the entity id or the summary
 * @param from       earliest time, inclusive
 * @param to         latest time, exclusive
 */
public record AuditFilter(String actor, String entityType, String action,
                          String text, Instant from, Instant to) {

    /** No filter: the whole trail. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
