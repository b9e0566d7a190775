package io.hirestage.plugin;

import java.time.Instant;

/**
 * Whether the portal calls a provider now, in the admin's terms rather than the circuit breaker's.
 *
 * @param state   working, paused after repeated failures, or trying again after a pause
 * @param retryAt when a paused provider is tried again; {@code null} unless paused
 */
public record CircuitStatus(State state, Instant retryAt) {

    public enum State {
        /** Calls go through. */
        WORKING,
        /** Half or more of the last calls failed: calls are not made until {@code retryAt}. */
        PAUSED,
        /** The pause is over: the next few calls decide whether it works again or pauses once more. */
        TRYING_AGAIN
    }
}
