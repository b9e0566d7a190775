package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that change something at a vendor (invitations, cancellations, erasure). A feature
 * records one in its own transaction; {@link OutboundRequestRunner} carries it out in the background
 * through the usual protections, retrying with back-off, and {@link OutboundRequestCompleted} reports
 * the outcome. The idempotency key makes recording and carrying out safe to repeat.
 */
@Service
public class OutboundRequests {

    private final OutboundRequestRepository requests;
    private final JsonMapper json;
    private final Clock clock;

    OutboundRequests(OutboundRequestRepository requests, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a request, or returns the one already recorded under the same key.
     *
     * @param payload the operation's payload: for an invitation the plugin API's request record (whose
     *                idempotency key must be {@code idempotencyKey}), for a cancellation the vendor's id,
     *                for erasure the candidate's email address
     */
    @Transactional
    public OutboundRequestView enqueue(String providerId, OutboundOperation operation, Object payload, String idempotencyKey) {
        Optional<OutboundRequest> existing = requests.findByIdempotencyKey(idempotencyKey);
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        if (!operation.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(operation + " carries a " + operation.payloadType().getSimpleName());
        }
        payloadKey(payload).filter(key -> !key.equals(idempotencyKey)).ifPresent(key -> {
            throw new IllegalArgumentException("The payload's idempotency key " + key + " differs from " + idempotencyKey);
        });
        return requests.save(new OutboundRequest(idempotencyKey, providerId, operation, json.writeValueAsString(payload),
                clock.instant())).toView();
    }

    @Transactional(readOnly = true)
    public Optional<OutboundRequestView> find(String idempotencyKey) {
        return requests.findByIdempotencyKey(idempotencyKey).map(OutboundRequest::toView);
    }

    /** Makes a failed request due again, for a person who fixed its cause (settings, vendor outage). */
    @Transactional
    public OutboundRequestView retry(String idempotencyKey) {
        OutboundRequest request = requests.findByIdempotencyKey(idempotencyKey)
                .orElseThrow(() -> new IllegalArgumentException("No request " + idempotencyKey));
        if (request.toView().status() == OutboundRequestStatus.FAILED) {
            request.retry(clock.instant());
        }
        return request.toView();
    }

    @Transactional(readOnly = true)
    List<Long> dueIds(int limit) {
        return requests.findByStatusAndNextAttemptAtLessThanEqualOrderById(OutboundRequestStatus.PENDING, clock.instant(),
                Limit.of(limit)).stream().map(OutboundRequest::getId).toList();
    }

    private static Optional<String> payloadKey(Object payload) {
        return switch (payload) {
            case AssessmentRequest request -> Optional.of(request.idempotencyKey());
            case OneWayInterviewRequest request -> Optional.of(request.idempotencyKey());
            case LiveInterviewRequest request -> Optional.of(request.idempotencyKey());
            default -> Optional.empty();
        };
    }
}
