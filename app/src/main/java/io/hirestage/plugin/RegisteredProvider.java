package io.hirestage.plugin;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.StageProvider;
import java.util.Set;

/**
 * A provider the registry holds: the one long-lived instance the portal calls.
 *
 * @param capabilities         what the provider declared it does, read once when it started
 * @param configurationProblem why the provider is not set up with the stored settings, or {@code null}
 * @param settingsRefused      whether that is because the provider refused them ({@code configure} threw a
 *                             {@code ProviderException}), rather than did not answer in time or failed
 */
record RegisteredProvider(String pluginId, ProviderKind kind, StageProvider instance, ProviderDescriptor descriptor,
                          Set<Capability> capabilities, String configurationProblem, boolean settingsRefused) {

    RegisteredProvider {
        capabilities = Set.copyOf(capabilities);
    }

    String id() {
        return descriptor.id();
    }

    boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    RegisteredProvider withConfigurationProblem(String problem) {
        return new RegisteredProvider(pluginId, kind, instance, descriptor, capabilities, problem, false);
    }

    RegisteredProvider withSettingsRefused(String why) {
        return new RegisteredProvider(pluginId, kind, instance, descriptor, capabilities, why, true);
    }
}
