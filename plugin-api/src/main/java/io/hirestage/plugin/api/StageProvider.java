package io.hirestage.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * What every vendor-facing provider has in common. The portal creates one long-lived instance per
 * provider and calls {@link #configure} before any other call, so a provider keeps its HTTP client
 * and caches, and its calls stay cheap.
 *
 * <p>The portal calls providers off the UI thread, with a time-out, a limit on concurrent calls, a
 * circuit breaker and retries for {@linkplain ProviderException#isRetryable() retryable} errors, so
 * a provider does none of that itself.
 */
public interface StageProvider extends ExtensionPoint {

    /** Who this provider is; called often, so return a constant. */
    ProviderDescriptor descriptor();

    /** The settings an admin fills in for this provider; none unless overridden. */
    default SettingsSchema settingsSchema() {
        return SettingsSchema.empty();
    }

    /**
     * Takes the provider's settings and the portal's services; called once before any other call and
     * again each time an admin saves settings. Build clients here, not in the constructor.
     *
     * @throws ProviderException when the settings cannot work (for example a malformed API key)
     */
    default void configure(ProviderContext context) {
    }

    /**
     * Checks that the vendor answers and accepts the settings: the admin console's "Test connection".
     * The default says the provider needs no connection.
     *
     * @throws ProviderException when the vendor cannot be reached
     */
    default ConnectionCheck testConnection() {
        return ConnectionCheck.ok("This provider needs no connection");
    }
}
