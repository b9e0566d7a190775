package io.hirestage.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    static final int SUMMARY_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, String entityType, String entityId, String action, String summary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH - 1) + "…" : summary;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, entityType, entityId, action, summary);
    }
}
