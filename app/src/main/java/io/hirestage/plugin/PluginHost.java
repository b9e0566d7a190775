package io.hirestage.plugin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads and starts the plugins once the database is ready, leaving off the ones an admin turned off.
 * The provider registry listens from the start, so every started plugin's providers are registered.
 */
@Component
class PluginHost implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final HirestagePluginManager manager;
    private final PluginPreferenceRepository preferences;
    private final PluginHostProperties properties;

    PluginHost(HirestagePluginManager manager, PluginPreferenceRepository preferences, PluginHostProperties properties,
               ProviderRegistry registryListeningToStarts) {
        this.manager = manager;
        this.preferences = preferences;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        manager.markDisabled(preferences.findByEnabledFalse().stream().map(PluginPreference::getPluginId).toList());
        manager.loadPlugins();
        manager.startPlugins();
        log.info("Plugins folder {}: {} started, {} loaded but not started, {} files not loaded",
                properties.dir().toAbsolutePath(), manager.getStartedPlugins().size(),
                manager.getPlugins().size() - manager.getStartedPlugins().size(), manager.rejectedFiles().size());
    }
}
