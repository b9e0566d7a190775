package io.hirestage.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * What every vendor-facing provider has in common. The portal creates one long-lived instance per
 * provider, so a provider keeps its clients and caches and its calls stay cheap.
 */
public interface StageProvider extends ExtensionPoint {

    /** Who this provider is; called often, so return a constant. */
    ProviderDescriptor descriptor();
}
