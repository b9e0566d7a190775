package io.hirestage.plugin;

/**
 * Published (as a Spring application event) when a request to a vendor has succeeded or failed for
 * good, in the transaction that records it; the feature that asked for it updates its own state.
 */
public record OutboundRequestCompleted(OutboundRequestView request) {
}
