package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderSettings;
import java.net.URI;
import java.time.Clock;

/** What the portal gives a provider when it configures it. */
record HostProviderContext(ProviderSettings settings, Clock clock, URI webhookUrl, System.Logger logger)
        implements ProviderContext {

    static HostProviderContext of(String providerId, ProviderSettings settings, Clock clock, String publicUrl) {
        return new HostProviderContext(settings, clock, webhookUrl(publicUrl, providerId),
                System.getLogger("io.hirestage.provider." + providerId));
    }

    /** Where the provider's vendor sends webhooks: what the provider is told and the admin copies into the vendor's console. */
    static URI webhookUrl(String publicUrl, String providerId) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return URI.create(base + "/hooks/" + providerId);
    }
}
