package io.hirestage.plugin;

import io.hirestage.base.PortalAddress;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderSettings;
import io.hirestage.plugin.api.ProviderStorage;
import java.net.URI;
import java.time.Clock;

/** What the portal gives a provider when it configures it. */
record HostProviderContext(ProviderSettings settings, Clock clock, URI webhookUrl, System.Logger logger, ProviderStorage storage)
        implements ProviderContext {

    static HostProviderContext of(String providerId, ProviderSettings settings, Clock clock, PortalAddress portal, ProviderStorage storage) {
        return new HostProviderContext(settings, clock, webhookUrl(portal, providerId),
                System.getLogger("io.hirestage.provider." + providerId), storage);
    }

    /** Where the provider's vendor sends webhooks: what the provider is told and the admin copies into the vendor's console. */
    static URI webhookUrl(PortalAddress portal, String providerId) {
        return portal.link("hooks/" + providerId);
    }
}
