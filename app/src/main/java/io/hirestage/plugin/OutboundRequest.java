package io.hirestage.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A request to a vendor, recorded before it is made, so a crash or restart neither loses nor repeats it. */
@Entity
@Table(name = "outbound_request")
class OutboundRequest {

    private static final int JSON_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 100)
    private String idempotencyKey;

    @Column(name = "provider_id", nullable = false, length = 60)
    private String providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OutboundOperation operation;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false, length = JSON_LENGTH)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboundRequestStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(length = JSON_LENGTH)
    private String result;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    /** A payload that names nobody, left where the person it named was erased (valid JSON, never sent). */
    static final String ERASED_PAYLOAD = "\"erased\"";

    protected OutboundRequest() {
    }

    OutboundRequest(String idempotencyKey, String providerId, OutboundOperation operation, String payload, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.providerId = providerId;
        this.operation = operation;
        this.payload = payload;
        this.status = OutboundRequestStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getProviderId() {
        return providerId;
    }

    OutboundOperation getOperation() {
        return operation;
    }

    String getPayload() {
        return payload;
    }

    int getAttempts() {
        return attempts;
    }

    void succeeded(String resultJson, Instant at) {
        attempts++;
        status = OutboundRequestStatus.SUCCEEDED;
        if (operation.isErasure()) {
            forgetPayload(); // the person's address was kept only until the vendor erased them
        }
        result = resultJson;
        lastError = null;
        completedAt = at;
    }

    /** An attempt failed; the request stays pending until db-scheduler's failure handler retries or parks it. */
    /** A person did it at the vendor by hand: done, and the address it carried is forgotten. */
    void doneByHand(Instant at) {
        status = OutboundRequestStatus.SUCCEEDED;
        completedAt = at;
        lastError = null;
        forgetPayload();
    }

    /** Never sent: a person does it at the vendor by hand, for this reason. */
    void leftToAPerson(String why) {
        status = OutboundRequestStatus.BY_HAND;
        lastError = why;
    }

    void attemptFailed(String error) {
        attempts++;
        lastError = truncate(error);
    }

    /** The person the payload names was erased: a finished request no longer needs it. */
    void forgetPayload() {
        payload = ERASED_PAYLOAD;
    }

    /** Out of retries (or refused): failed for good with the last attempt's reason, until a person retries it. */
    void parked(Instant at) {
        status = OutboundRequestStatus.FAILED;
        completedAt = at;
    }

    boolean isPending() {
        return status == OutboundRequestStatus.PENDING;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /**
     * A person fixed the cause: due again now, for a new round of calls under the same retry policy.
     * Only a failed request starts again; one that is pending or succeeded is left as it is.
     *
     * @return whether the request was failed and is pending again
     */
    boolean retry(Instant now) {
        if (status != OutboundRequestStatus.FAILED) {
            return false;
        }
        status = OutboundRequestStatus.PENDING;
        nextAttemptAt = now;
        completedAt = null;
        return true;
    }

    OutboundRequestView toView() {
        return new OutboundRequestView(id, idempotencyKey, providerId, operation, status, attempts, lastError, result, createdAt,
                completedAt);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }
}
