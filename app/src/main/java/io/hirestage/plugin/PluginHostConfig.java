package io.hirestage.plugin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the plugin manager and starts every plugin found in the plugins folder. */
@Configuration(proxyBeanMethods = false)
class PluginHostConfig {

    private static final Logger log = LoggerFactory.getLogger(PluginHostConfig.class);

    @Bean(destroyMethod = "stopPlugins")
    HirestagePluginManager pluginManager(PluginHostProperties properties) {
        HirestagePluginManager manager = new HirestagePluginManager(properties.dir().toAbsolutePath());
        manager.loadPlugins();
        manager.startPlugins();
        log.info("Plugins folder {}: {} started, {} not loaded", properties.dir().toAbsolutePath(),
                manager.getStartedPlugins().size(), manager.getPlugins().size() - manager.getStartedPlugins().size()
                        + manager.rejectedFiles().size());
        return manager;
    }
}
