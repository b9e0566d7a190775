package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that change something at a vendor (invitations, cancellations, erasure). A feature
 * records one in its own transaction, which also schedules its db-scheduler task (so the task exists
 * exactly when the request does); {@link OutboundRequestRunner} carries it out in the background
 * through the usual protections, retrying with back-off, and {@link OutboundRequestCompleted} reports
 * the outcome after commit. The {@code outbound_request} table stays what users see; the task is only
 * the schedule. The idempotency key makes recording and carrying out safe to repeat.
 */
@Service
public class OutboundRequests {

    private final OutboundRequestRepository requests;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final JsonMapper json;
    private final Clock clock;

    /** The scheduler is absent where db-scheduler is turned off; {@link #scheduleMissing} covers those requests. */
    OutboundRequests(OutboundRequestRepository requests, ObjectProvider<SchedulerClient> scheduler, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.scheduler = scheduler;
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
        OutboundRequest request = requests.save(new OutboundRequest(idempotencyKey, providerId, operation,
                json.writeValueAsString(payload), clock.instant()));
        schedule(request);
        return request.toView();
    }

    /**
     * Records a request the provider cannot carry out through its vendor's API, for a person to do at
     * the vendor by hand; it is listed with the others and never sent.
     */
    @Transactional
    OutboundRequestView recordByHand(String providerId, OutboundOperation operation, Object payload, String idempotencyKey, String why) {
        Optional<OutboundRequest> existing = requests.findByIdempotencyKey(idempotencyKey);
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        OutboundRequest request = new OutboundRequest(idempotencyKey, providerId, operation, json.writeValueAsString(payload), clock.instant());
        request.leftToAPerson(why);
        return requests.save(request).toView();
    }

    @Transactional(readOnly = true)
    public Optional<OutboundRequestView> find(String idempotencyKey) {
        return requests.findByIdempotencyKey(idempotencyKey).map(OutboundRequest::toView);
    }

    /**
     * Makes a failed request due again, for a person who fixed its cause (settings, vendor outage); a
     * request that is not failed is left as it is, so this is safe to repeat.
     */
    @Transactional
    public OutboundRequestView retry(String idempotencyKey) {
        OutboundRequest request = requests.findByIdempotencyKey(idempotencyKey)
                .orElseThrow(() -> new IllegalArgumentException("No request " + idempotencyKey));
        startAgain(request);
        return request.toView();
    }

    /**
     * As {@link #retry}, for an admin who picked the request from a list that may be out of date:
     * a request that is no longer failed is refused with what became of it, so the admin is not told
     * that they started something that someone else started, or that succeeded meanwhile.
     *
     * @throws RetryRejectedException unless the request is failed now
     */
    @Transactional
    OutboundRequestView retryFailed(String idempotencyKey) {
        OutboundRequest request = requests.findByIdempotencyKey(idempotencyKey)
                .orElseThrow(() -> new RetryRejectedException("The request " + idempotencyKey + " no longer exists"));
        if (!startAgain(request)) {
            throw new RetryRejectedException(switch (request.toView().status()) {
                case PENDING -> "The request " + idempotencyKey + " is being sent again already (someone else retried it); "
                        + "nothing was changed";
                case SUCCEEDED -> "The request " + idempotencyKey + " has succeeded meanwhile; nothing was changed";
                case BY_HAND -> "The request " + idempotencyKey + " is done at the vendor by hand; the portal cannot send it";
                case FAILED -> throw new IllegalStateException("A failed request always starts again");
            });
        }
        return request.toView();
    }

    /** A failed request gets its task again, in the caller's transaction, so it runs once that commits. */
    private boolean startAgain(OutboundRequest request) {
        if (!request.retry(clock.instant())) {
            return false;
        }
        schedule(request);
        return true;
    }

    /**
     * The safety net: schedules a task for every pending request that has none, such as those recorded
     * before requests had their own task, or where db-scheduler was turned off. A request whose task
     * exists (due, running or backing off) is left alone.
     *
     * @return how many tasks were scheduled
     */
    @Transactional
    int scheduleMissing() {
        int scheduled = 0;
        long after = 0;
        // Page by id: the pending requests that have their task would otherwise fill every page.
        for (List<OutboundRequest> page; !(page = requests.findByStatusAndIdGreaterThanOrderById(OutboundRequestStatus.PENDING, after,
                Limit.of(200))).isEmpty(); after = page.getLast().getId()) {
            scheduled += (int) page.stream().filter(this::schedule).count();
        }
        return scheduled;
    }

    /** Schedules the request's task in the caller's transaction (the starter makes db-scheduler's data source take part). */
    private boolean schedule(OutboundRequest request) {
        SchedulerClient client = scheduler.getIfAvailable();
        if (client == null) {
            return false;
        }
        return client.scheduleIfNotExists(new TaskInstance<Void>(OutboundRequestRunner.TASK_NAME, String.valueOf(request.getId())),
                request.getNextAttemptAt());
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
