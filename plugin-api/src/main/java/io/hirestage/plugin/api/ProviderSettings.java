package io.hirestage.plugin.api;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's current settings, already checked by the portal against its {@link SettingsSchema}
 * (required values present, numbers, URLs and choices well formed, defaults filled in).
 */
public final class ProviderSettings {

    private final Map<String, String> values;

    private ProviderSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Settings with these values, keyed by {@link SettingField#key()}. */
    public static ProviderSettings of(Map<String, String> values) {
        return new ProviderSettings(values);
    }

    /** The value of a setting, if it has one. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isEmpty());
    }

    /** The value of a required setting, or a non-retryable {@link ProviderException} naming it. */
    public String require(String key) {
        return get(key).orElseThrow(() -> new ProviderException("The setting '" + key + "' is not set", false));
    }

    /** A number setting, or the fallback when it is not set. */
    public long number(String key, long fallback) {
        return get(key).map(Long::parseLong).orElse(fallback);
    }

    /** A boolean setting, or the fallback when it is not set. */
    public boolean flag(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** A URL setting, or a non-retryable {@link ProviderException} when it is not set. */
    public URI url(String key) {
        return URI.create(require(key));
    }

    /** All values, for a provider that passes them on as they are. */
    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "ProviderSettings" + values.keySet();
    }
}
