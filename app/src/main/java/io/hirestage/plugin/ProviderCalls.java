package io.hirestage.plugin;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.StageProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The only way the portal calls a provider. Each attempt runs on its own virtual thread with a time
 * limit; around it sit a per-provider bulkhead (a cap on calls under way) and a circuit breaker
 * (calls pause after repeated failures). Whatever goes wrong comes out as a {@link ProviderException}
 * with a message for portal users, and every attempt is kept in {@link RecentCalls}.
 *
 * <p>Who retries is decided once, not layered: {@link #call} and {@link #submit}, for reading calls a
 * person waits for (a connection test, the list of tests), retry retryable errors here, up to
 * {@code hirestage.provider-calls.max-attempts} calls; {@link #callOnce}, for background work, makes
 * exactly one call, because that work is retried durably by db-scheduler (see
 * {@link OutboundRequestRunner#MAX_CALLS_PER_REQUEST}) or on the invitation's own back-off (see
 * {@link VendorResults}).
 */
@Component
class ProviderCalls implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    private final ProviderRegistry registry;
    private final RecentCalls recentCalls;
    private final Clock clock;
    private final ProviderCallProperties properties;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final RetryRegistry retries;
    private final TimeLimiter timeLimiter;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    /** When each provider's circuit last opened: the breaker keeps no such time, and the admin asks when calls resume. */
    private final Map<String, Instant> pausedAt = new ConcurrentHashMap<>();

    ProviderCalls(ProviderRegistry registry, RecentCalls recentCalls, Clock clock, ProviderCallProperties properties) {
        this.registry = registry;
        this.recentCalls = recentCalls;
        this.clock = clock;
        this.properties = properties;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(properties.circuitOpenFor())
                // A refusal the vendor means (unknown invitation, bad input) says nothing about its health.
                .ignoreException(e -> e instanceof ProviderException p && !p.isRetryable())
                .build());
        breakers.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher().onStateTransition(transition -> {
            if (transition.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                pausedAt.put(transition.getCircuitBreakerName(), clock.instant());
            }
        }));
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCalls()).maxWaitDuration(properties.timeout()).build());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.firstRetryDelay(), 2.0))
                .retryOnException(e -> e instanceof ProviderException p && p.isRetryable())
                .build());
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).cancelRunningFuture(true).build());
    }

    /** Calls a provider in the background; the future completes with the answer or a {@link ProviderException}. */
    <P extends StageProvider, T> CompletableFuture<T> submit(String providerId, Class<P> type, String operation, Function<P, T> call) {
        return CompletableFuture.supplyAsync(() -> call(providerId, type, operation, call), threads);
    }

    /** Calls a provider and waits, retrying retryable errors; never for a UI thread. */
    <P extends StageProvider, T> T call(String providerId, Class<P> type, String operation, Function<P, T> call) {
        return guarded(providerId, type, operation, call, true);
    }

    /** Makes one call and waits, without retrying: for background work that retries on its own schedule. */
    <P extends StageProvider, T> T callOnce(String providerId, Class<P> type, String operation, Function<P, T> call) {
        return guarded(providerId, type, operation, call, false);
    }

    private <P extends StageProvider, T> T guarded(String providerId, Class<P> type, String operation, Function<P, T> call,
                                                   boolean retrying) {
        RegisteredProvider provider = registry.find(providerId)
                .orElseThrow(() -> new ProviderException("The provider '" + providerId + "' is not available: its plugin is not started", false));
        if (!type.isInstance(provider.instance())) {
            throw new ProviderException("The provider '" + providerId + "' is not a " + type.getSimpleName(), false);
        }
        if (provider.configurationProblem() != null) {
            throw new ProviderException("The provider '" + providerId + "' is not set up: " + provider.configurationProblem(), false);
        }
        P instance = type.cast(provider.instance());
        Supplier<T> attempt = () -> attempt(providerId, operation, () -> call.apply(instance));
        Supplier<T> protectedAttempt = CircuitBreaker.decorateSupplier(breakers.circuitBreaker(providerId),
                Bulkhead.decorateSupplier(bulkheads.bulkhead(providerId), attempt));
        Supplier<T> guarded = retrying ? Retry.decorateSupplier(retries.retry(providerId), protectedAttempt) : protectedAttempt;
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            recentCalls.add(providerId, new CallRecord(clock.instant(), operation, CallRecord.Outcome.NOT_MADE, Duration.ZERO,
                    "Circuit open"));
            throw new ProviderException("The vendor failed repeatedly; calls to it pause for up to "
                    + readable(properties.circuitOpenFor()), true, e);
        } catch (BulkheadFullException e) {
            recentCalls.add(providerId, new CallRecord(clock.instant(), operation, CallRecord.Outcome.NOT_MADE, Duration.ZERO,
                    "Too many calls under way"));
            throw new ProviderException("Too many calls to the vendor are under way; try again shortly", true, e);
        }
    }

    /** The circuit's state for the admin console: closed (calls flow), open (paused) or half open (trying). */
    CircuitStatus circuit(String providerId) {
        CircuitBreaker breaker = breakers.circuitBreaker(providerId);
        return switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> new CircuitStatus(CircuitStatus.State.PAUSED,
                    pausedAt.getOrDefault(providerId, clock.instant()).plus(properties.circuitOpenFor()));
            case HALF_OPEN -> new CircuitStatus(CircuitStatus.State.TRYING_AGAIN, null);
            default -> new CircuitStatus(CircuitStatus.State.WORKING, null);
        };
    }

    private <T> T attempt(String providerId, String operation, Supplier<T> call) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        try {
            T answer = timeLimiter.executeFutureSupplier(() -> threads.submit(call::get));
            // A connection test that answers "not connected" is a call that failed, as the admin reads the list.
            boolean refused = answer instanceof ConnectionCheck check && !check.ok();
            recentCalls.add(providerId, new CallRecord(started, operation, refused ? CallRecord.Outcome.FAILED : CallRecord.Outcome.SUCCEEDED,
                    since(startNanos), refused ? ((ConnectionCheck) answer).message() : null));
            return answer;
        } catch (TimeoutException e) {
            recentCalls.add(providerId, new CallRecord(started, operation, CallRecord.Outcome.TIMED_OUT, since(startNanos),
                    "No answer within " + readable(properties.timeout())));
            throw new ProviderException("The vendor did not answer within " + readable(properties.timeout()), true, e);
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            // A plugin that throws something else is not a vendor's refusal: it may pass (an odd answer, a
            // bug hit by one response), so it is retried as a passing failure and counts against the breaker.
            ProviderException failure = cause instanceof ProviderException provider ? provider
                    : new ProviderException("The provider failed: " + PluginCatalog.describe(cause), true, cause);
            if (!(cause instanceof ProviderException)) {
                log.error("Provider {} threw during {}", providerId, operation, cause);
            }
            recentCalls.add(providerId, new CallRecord(started, operation, CallRecord.Outcome.FAILED, since(startNanos), failure.getMessage()));
            throw failure;
        }
    }

    /** "400 ms", "10 seconds": a time limit as messages name it. */
    static String readable(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " seconds";
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
