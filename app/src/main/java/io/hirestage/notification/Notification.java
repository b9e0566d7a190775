package io.hirestage.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification for one person; only whether it was read changes. */
@Entity
@Table(name = "notification")
class Notification {

    static final int MAX_MESSAGE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(nullable = false, length = 300)
    private String link;

    /** The candidate it is about, so erasing the candidate takes it along. */
    @Column(name = "candidate_id")
    private Long candidateId;

    /** Set for a notification that must go out once only ("waiting too long" for one stay in a stage). */
    @Column(name = "once_key", length = 120)
    private String onceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long recipientId, Notice notice, Instant now) {
        this.recipientId = recipientId;
        this.kind = notice.kind();
        this.message = notice.message().length() <= MAX_MESSAGE ? notice.message() : notice.message().substring(0, MAX_MESSAGE - 1) + "…";
        this.link = notice.link();
        this.candidateId = notice.candidateId();
        this.onceKey = notice.onceKey();
        this.createdAt = now;
    }

    Long getRecipientId() {
        return recipientId;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView toView() {
        return new NotificationView(id, kind, message, link, createdAt, readAt != null);
    }
}
