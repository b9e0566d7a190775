package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderException;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out one attempt of an {@link OutboundRequest}: the body of the db-scheduler one-time task
 * {@value #TASK_NAME}, whose instance id is the request's id, so each request is retried, backed off
 * and parked on its own and never holds up another. A request stays pending until its outcome is
 * recorded: after a crash db-scheduler runs the attempt again with the same idempotency key, which
 * the vendor answers with the same result.
 *
 * <p>The retry policy for requests, the only one (the call itself is not retried again inside
 * {@link ProviderCalls}): one vendor call per attempt; an attempt that fails for any reason (a vendor
 * error, a timeout, an open circuit, a payload that cannot be read, a plugin that throws, a failure
 * while recording the outcome) is tried again by {@link OutboundRequestFailureHandler} after a
 * doubling back-off, until {@link #MAX_CALLS_PER_REQUEST} attempts were made; a vendor's refusal
 * (a non-retryable {@link ProviderException}) is not tried again. Then the request is parked as
 * failed with the last reason, until a person retries it, which grants another round.
 */
@Component
class OutboundRequestRunner {

    static final String TASK_NAME = "outbound-request";

    /** The most calls a vendor receives for one request (per round a person starts): the first and four retries. */
    static final int MAX_CALLS_PER_REQUEST = 5;

    private static final Logger log = LoggerFactory.getLogger(OutboundRequestRunner.class);

    private final OutboundRequestRepository repository;
    private final VendorResults results;
    private final ProviderCalls calls;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    OutboundRequestRunner(OutboundRequestRepository repository, VendorResults results, ProviderCalls calls,
                          TransactionTemplate transaction, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.results = results;
        this.calls = calls;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Makes one attempt of the request; a failure is recorded on the request and thrown as
     * {@link AttemptFailed} for the task's failure handler to retry or park.
     */
    void attempt(long id) {
        OutboundRequest request = repository.findById(id).orElse(null);
        if (request == null || !request.isPending()) {
            return; // done already: a safety-net task for a request whose own task finished meanwhile
        }
        OutboundOperation operation = request.getOperation();
        try {
            Object payload = json.readValue(request.getPayload(), operation.payloadType());
            Object answer = calls.callOnce(request.getProviderId(), operation.providerType(), operation.name(),
                    provider -> operation.carryOut(provider, payload));
            String answerJson = json.writeValueAsString(answer);
            record(id, answer, stored -> stored.succeeded(answerJson, clock.instant()));
        } catch (RuntimeException e) {
            String reason = e instanceof ProviderException ? e.getMessage() : "The request could not be carried out: " + PluginCatalog.describe(e);
            boolean retryable = !(e instanceof ProviderException provider) || provider.isRetryable();
            if (e instanceof ProviderException) {
                log.warn("Request {} ({} at {}) failed: {}", id, operation, request.getProviderId(), reason);
            } else {
                log.error("Request {} ({} at {}) failed", id, operation, request.getProviderId(), e);
            }
            transaction.executeWithoutResult(status -> repository.findById(id).orElseThrow().attemptFailed(reason));
            throw new AttemptFailed(reason, retryable, e);
        }
    }

    /**
     * Gives up on the request: failed for good with its last reason, reported to the feature that asked
     * for it. {@code removeTask} removes the request's db-scheduler task in the same transaction, so
     * the request is never seen failed while its task still exists (a person's Retry in that moment
     * would find the task and schedule none) nor pending without a task (the sweeper would call the
     * vendor once more).
     */
    void park(long id, Runnable removeTask) {
        record(id, null, stored -> {
            stored.parked(clock.instant());
            removeTask.run();
        });
    }

    /**
     * Records the outcome and starts following an accepted invitation in one transaction, then tells
     * the features once that transaction is over: a feature that fails cannot undo the record, and
     * its own transaction does not wait for a second connection while the host's is still held.
     */
    private void record(long id, Object answer, Consumer<OutboundRequest> outcome) {
        OutboundRequestCompleted completed = transaction.execute(status -> {
            OutboundRequest stored = repository.findById(id).orElseThrow();
            outcome.accept(stored);
            OutboundRequestCompleted event = new OutboundRequestCompleted(stored.toView(), answer);
            results.onRequestCompleted(event);
            return event;
        });
        try {
            events.publishEvent(completed);
        } catch (RuntimeException e) {
            log.error("A feature failed to take the outcome of request {}; the outcome stays recorded", id, e);
        }
    }

    /** An attempt that failed, with whether trying again could help. */
    static final class AttemptFailed extends RuntimeException {

        private final boolean retryable;

        AttemptFailed(String reason, boolean retryable, Throwable cause) {
            super(reason, cause);
            this.retryable = retryable;
        }

        boolean isRetryable() {
            return retryable;
        }
    }
}
