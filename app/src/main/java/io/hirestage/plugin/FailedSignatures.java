package io.hirestage.plugin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook calls whose signature failed, per client address. Someone guessing a signing secret
 * (or a vendor with the wrong one) gets {@code 429} once an address has failed
 * {@code max-failed-signatures} times in a window, without the provider being asked again; and
 * the log gets one line per address per window, not one per request. Counted on each node, in
 * memory (at most 10,000 addresses: the least recent are forgotten first).
 */
@Component
class FailedSignatures {

    private static final Logger log = LoggerFactory.getLogger(FailedSignatures.class);

    private final Cache<String, Window> windows = Caffeine.newBuilder().maximumSize(10_000).build();
    private final int maxPerWindow;
    private final Duration window;
    private final Clock clock;

    FailedSignatures(@Value("${hirestage.webhooks.max-failed-signatures:20}") int maxPerWindow,
                     @Value("${hirestage.webhooks.failed-signature-window:10m}") Duration window, Clock clock) {
        this.maxPerWindow = maxPerWindow;
        this.window = window;
        this.clock = clock;
    }

    /** Whether this address failed too often lately to be heard now. */
    boolean tooMany(String address) {
        Window current = windows.getIfPresent(address);
        return current != null && !current.endedBy(clock.instant()) && current.failures() >= maxPerWindow;
    }

    /** Counts a failure; the first of a window is logged, with how many the window before had. */
    void failed(String providerId, String address, String reason) {
        Instant now = clock.instant();
        Window counted = windows.asMap().compute(address, (key, current) ->
                current == null || current.endedBy(now) ? new Window(now.plus(window), 1, current == null ? 0 : current.failures())
                        : new Window(current.endsAt(), current.failures() + 1, current.before()));
        if (counted.failures() == 1) {
            log.warn("Webhook signature failed for {} from {}: {}{}; further failures from there in the next {} are counted, not logged",
                    providerId, address, reason, counted.before() > 1 ? " (" + counted.before() + " failures in the window before)" : "",
                    window);
        } else if (counted.failures() == maxPerWindow) {
            log.warn("Webhook calls from {} refused with 429 until {}: {} failed signatures", address, counted.endsAt(), maxPerWindow);
        }
    }

    /** Forgets every count (tests that share one portal). */
    void clear() {
        windows.invalidateAll();
    }

    private record Window(Instant endsAt, int failures, int before) {

        boolean endedBy(Instant now) {
            return !now.isBefore(endsAt);
        }
    }
}
