package io.hirestage.plugin;

import io.hirestage.plugin.api.SettingsSchema;
import java.util.Map;
import java.util.Set;

/**
 * What the settings form of a provider shows.
 *
 * @param values     the stored values of settings that are not secret
 * @param secretsSet the secret settings that have a value; the value itself is never shown again
 */
public record ProviderSettingsForm(String providerId, SettingsSchema schema, Map<String, String> values, Set<String> secretsSet) {
}
