package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderSettings;
import java.net.URI;
import java.time.Clock;

/** What the portal gives a provider when it configures it. */
record HostProviderContext(ProviderSettings settings, Clock clock, URI webhookUrl, System.Logger logger)
        implements ProviderContext {

    static HostProviderContext of(String providerId, ProviderSettings settings, Clock clock, String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new HostProviderContext(settings, clock, URI.create(base + "/hooks/" + providerId),
                System.getLogger("io.hirestage.provider." + providerId));
    }
}
