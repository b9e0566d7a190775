package io.hirestage.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A vendor event the portal accepted, kept once per provider and event id. */
@Entity
@Table(name = "webhook_event")
class ReceivedWebhookEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, length = 60)
    private String providerId;

    @Column(name = "event_id", nullable = false, length = 200)
    private String eventId;

    @Column(name = "subject_id", nullable = false, length = 200)
    private String subjectId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected ReceivedWebhookEvent() {
    }

    ReceivedWebhookEvent(String providerId, String eventId, String subjectId, String eventType, Instant receivedAt) {
        this.providerId = providerId;
        this.eventId = eventId;
        this.subjectId = subjectId;
        this.eventType = eventType;
        this.receivedAt = receivedAt;
    }

    String getProviderId() {
        return providerId;
    }

    String getSubjectId() {
        return subjectId;
    }

    String getEventType() {
        return eventType;
    }

    void markProcessed(Instant at) {
        this.processedAt = at;
    }
}
