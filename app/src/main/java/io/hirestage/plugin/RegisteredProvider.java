package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.StageProvider;

/**
 * A provider the registry holds: the one long-lived instance the portal calls.
 *
 * @param configurationProblem why {@code configure} refused the stored settings, or {@code null}
 */
record RegisteredProvider(String pluginId, ProviderKind kind, StageProvider instance, ProviderDescriptor descriptor,
                          String configurationProblem) {

    String id() {
        return descriptor.id();
    }

    RegisteredProvider withConfigurationProblem(String problem) {
        return new RegisteredProvider(pluginId, kind, instance, descriptor, problem);
    }
}
