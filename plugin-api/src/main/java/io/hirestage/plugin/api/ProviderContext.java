package io.hirestage.plugin.api;

import java.net.URI;
import java.time.Clock;

/**
 * What the portal gives a provider: its settings and the means to act in the portal's world. The
 * portal passes a new context to {@link StageProvider#configure} whenever an admin saves settings.
 */
public interface ProviderContext {

    /** The current settings, checked against the provider's schema. */
    ProviderSettings settings();

    /** The portal's clock; use it instead of the system clock so tests can move time. */
    Clock clock();

    /**
     * Where the vendor must send webhooks for this provider, for example
     * {@code https://hire.example.org/hooks/acme-assessments}. Register it at the vendor.
     */
    URI webhookUrl();

    /** A logger named after the provider. Never log a secret setting. */
    System.Logger logger();

    /**
     * The provider's own key-value store, kept by the portal in its database. Since API 1.1; a portal
     * older than 1.1 has none, so a provider that needs it requires 1.1 in {@code Plugin-Requires}.
     */
    default ProviderStorage storage() {
        throw new UnsupportedOperationException("This portal keeps no storage for providers (plugin API 1.0)");
    }
}
