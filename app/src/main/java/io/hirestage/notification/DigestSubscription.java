package io.hirestage.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who asked for the daily email of their unread inbox; notifications up to {@code toldUpTo} were in one already. */
@Entity
@Table(name = "inbox_digest")
class DigestSubscription {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "told_up_to", nullable = false)
    private Instant toldUpTo;

    protected DigestSubscription() {
    }

    DigestSubscription(Long userId, Instant from) {
        this.userId = userId;
        this.toldUpTo = from;
    }

    Long getUserId() {
        return userId;
    }

    Instant getToldUpTo() {
        return toldUpTo;
    }

    void toldUpTo(Instant at) {
        toldUpTo = at;
    }
}
