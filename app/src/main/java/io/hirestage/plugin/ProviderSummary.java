package io.hirestage.plugin;

import java.net.URI;

/**
 * A started provider as the admin console lists it.
 *
 * @param circuit      whether calls go through, pause after repeated failures, or are being tried again
 * @param setupProblem why the provider refused its settings, or {@code null} when it is ready
 * @param webhookUrl   where its vendor sends webhooks, to copy into the vendor's console; {@code null} for a provider only polled
 * @param webhooksOn   whether it takes webhooks with its current settings; until then it is polled
 */
public record ProviderSummary(String id, String name, String vendor, String description, ProviderKind kind, String pluginId,
                              CircuitStatus circuit, String setupProblem, URI webhookUrl, boolean webhooksOn) {
}
