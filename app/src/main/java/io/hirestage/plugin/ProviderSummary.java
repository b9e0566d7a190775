package io.hirestage.plugin;

/**
 * A started provider as the admin console lists it.
 *
 * @param circuit          "Closed" (calls flow), "Open" (calls pause after failures) or "Half open"
 * @param setupProblem     why the provider refused its settings, or {@code null} when it is ready
 */
public record ProviderSummary(String id, String name, String vendor, String description, ProviderKind kind, String pluginId,
                              String circuit, String setupProblem) {
}
