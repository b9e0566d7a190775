package io.hirestage.plugin.api;

import java.util.EnumSet;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * What every vendor-facing provider has in common. The portal creates one long-lived instance per
 * provider and calls {@link #configure} before any other call, so a provider keeps its HTTP client
 * and caches, and its calls stay cheap.
 *
 * <p>The portal calls providers off the UI thread, with a time-out, a limit on concurrent calls, a
 * circuit breaker and retries for {@linkplain ProviderException#isRetryable() retryable} errors, so
 * a provider does none of that itself.
 *
 * <p>Threads: every call may run on several threads at once (several candidates are invited and
 * checked side by side), {@code descriptor()} and {@code settingsSchema()} too. {@link #configure} is
 * never called twice at the same time, but may run while other calls are under way (an admin saved
 * settings): build the new settings and client first, then swap in one immutable snapshot that
 * calls read. {@link #close} comes after the instance was taken out of service; a call that started
 * before may still be finishing.
 */
public interface StageProvider extends ExtensionPoint {

    /** Who this provider is; called often, so return a constant. */
    ProviderDescriptor descriptor();

    /** The settings an admin fills in for this provider; none unless overridden. */
    default SettingsSchema settingsSchema() {
        return SettingsSchema.empty();
    }

    /**
     * What this vendor does beyond the required calls; the portal uses only what is declared. The
     * default is what API 1.0 assumed of every provider: cancel, erase at the vendor, a candidate link
     * and an expiry, and webhooks when the provider implements {@link WebhookReceiver}. Since API 1.1.
     */
    default Set<Capability> capabilities() {
        Set<Capability> assumed = EnumSet.of(Capability.CANCEL, Capability.ERASE_AT_VENDOR, Capability.CANDIDATE_LINK, Capability.EXPIRY);
        if (this instanceof WebhookReceiver) {
            assumed.add(Capability.WEBHOOKS);
        }
        return assumed;
    }

    /**
     * Takes the provider's settings and the portal's services; called once before any other call and
     * again each time an admin saves settings, under the same time limit as every other call and never
     * on a person's request thread. Build clients here, not in the constructor.
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

    /**
     * Lets go of what {@link #configure} built (HTTP clients, threads, caches): called once when the
     * provider stops, because its plugin is stopped, turned off, upgraded or removed, or the portal
     * shuts down. No call of this instance follows. Since API 1.1.
     */
    default void close() {
    }
}
