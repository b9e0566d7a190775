package io.hirestage.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail. Immutable: Hibernate never issues an update for it. The one change
 * the trail allows, taking an erased person out of it, is written by {@link AuditLog#redact}.
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    static final int ACTOR_LENGTH = 60;
    static final int ENTITY_ID_LENGTH = 100;
    static final int SUMMARY_LENGTH = 1000;
    static final int CHANGES_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = ACTOR_LENGTH)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = ENTITY_ID_LENGTH)
    private String entityId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(length = CHANGES_LENGTH)
    private String changes;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String entityType, String entityId, String action, String summary, Changes changes) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, ACTOR_LENGTH);
        this.entityType = entityType;
        // An id can be what a stranger typed (the user name of a failed login): it must fit all the same.
        this.entityId = cut(entityId, ENTITY_ID_LENGTH);
        this.action = action;
        this.summary = cut(summary, SUMMARY_LENGTH);
        this.changes = changes == null || changes.isEmpty() ? null : cut(changes.toString(), CHANGES_LENGTH);
    }

    static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length - 1) + "…" : text;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, actor, entityType, entityId, entityId, action, summary, changes);
    }
}
