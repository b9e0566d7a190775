package io.hirestage.plugin;

import java.time.Duration;
import java.time.Instant;

/**
 * One call the portal made to a provider, for the admin console's recent calls.
 *
 * @param message the error, for a call that did not succeed; {@code null} otherwise
 */
public record CallRecord(Instant at, String operation, Outcome outcome, Duration latency, String message) {

    /** How a call ended. */
    public enum Outcome {
        SUCCEEDED("Succeeded"),
        FAILED("Failed"),
        TIMED_OUT("Timed out"),
        /** Not made: the circuit was open or too many calls were under way. */
        NOT_MADE("Not made");

        private final String displayName;

        Outcome(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }
}
