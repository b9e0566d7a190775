package io.hirestage.plugin;

import io.hirestage.plugin.api.Capability;
import java.net.URI;
import java.util.Set;

/**
 * A started provider as the admin console lists it.
 *
 * @param circuit      whether calls go through, pause after repeated failures, or are being tried again
 * @param setupProblem why the provider refused its settings, or {@code null} when it is ready
 * @param webhookUrl   where its vendor sends webhooks, to copy into the vendor's console; {@code null} for a provider only polled
 * @param webhooksOn   whether it takes webhooks with its current settings; until then it is polled
 * @param capabilities what it declared it does beyond the required calls
 */
public record ProviderSummary(String id, String name, String vendor, String description, ProviderKind kind, String pluginId,
                              CircuitStatus circuit, String setupProblem, URI webhookUrl, boolean webhooksOn, Set<Capability> capabilities) {

    public ProviderSummary {
        capabilities = Set.copyOf(capabilities);
    }
}
