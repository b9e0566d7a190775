package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out due {@link OutboundRequest}s; run by a db-scheduler task, so one node at a time does
 * it. A request stays pending until its outcome is recorded: after a crash it is made again with
 * the same idempotency key, which the vendor answers with the same result.
 */
@Component
class OutboundRequestRunner {

    /** Attempts before a request fails for good; each is itself retried a few times by {@link ProviderCalls}. */
    static final int MAX_ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(OutboundRequestRunner.class);

    private final OutboundRequests requests;
    private final OutboundRequestRepository repository;
    private final ProviderCalls calls;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    OutboundRequestRunner(OutboundRequests requests, OutboundRequestRepository repository, ProviderCalls calls,
                          TransactionTemplate transaction, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.repository = repository;
        this.calls = calls;
        this.transaction = transaction;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Carries out the requests that are due, oldest first. */
    void runDue() {
        requests.dueIds(50).forEach(this::run);
    }

    private void run(Long id) {
        OutboundRequest request = repository.findById(id).orElseThrow();
        OutboundOperation operation = request.getOperation();
        try {
            Object payload = json.readValue(request.getPayload(), operation.payloadType());
            Object answer = calls.call(request.getProviderId(), operation.providerType(), operation.name(),
                    provider -> operation.carryOut(provider, payload));
            record(id, stored -> stored.succeeded(json.writeValueAsString(answer), clock.instant()));
        } catch (ProviderException e) {
            boolean retry = e.isRetryable() && request.getAttempts() + 1 < MAX_ATTEMPTS;
            log.warn("Request {} ({} at {}) failed{}: {}", id, operation, request.getProviderId(), retry ? ", will retry" : "", e.getMessage());
            record(id, stored -> {
                if (retry) {
                    stored.failedForNow(e.getMessage(), clock.instant().plus(backOff(stored.getAttempts())));
                } else {
                    stored.failedForGood(e.getMessage(), clock.instant());
                }
            });
        }
    }

    private void record(Long id, java.util.function.Consumer<OutboundRequest> outcome) {
        transaction.executeWithoutResult(status -> {
            OutboundRequest stored = repository.findById(id).orElseThrow();
            outcome.accept(stored);
            if (stored.toView().status() != OutboundRequestStatus.PENDING) {
                events.publishEvent(new OutboundRequestCompleted(stored.toView()));
            }
        });
    }

    /** 10 s, 20 s, 40 s, ... up to an hour. */
    static Duration backOff(int attemptsSoFar) {
        return Duration.ofSeconds(Math.min(3600, 10L << Math.min(attemptsSoFar, 12)));
    }
}
