package io.hirestage.plugin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The protections around every provider call ({@code hirestage.provider-calls.*}).
 *
 * @param timeout            how long one attempt may take before it is abandoned
 * @param maxConcurrentCalls calls to one provider under way at once; more wait up to {@code timeout}
 * @param maxAttempts        attempts of a reading call a person waits for whose error is retryable (background work
 *                           makes one call per attempt and retries on its own schedule)
 * @param firstRetryDelay    wait before the first retry; it doubles for each further one
 * @param circuitOpenFor     how long calls pause after the circuit opens (half or more of the last ten failed)
 */
@ConfigurationProperties("hirestage.provider-calls")
record ProviderCallProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("8") int maxConcurrentCalls,
                              @DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration firstRetryDelay,
                              @DefaultValue("30s") Duration circuitOpenFor) {
}
