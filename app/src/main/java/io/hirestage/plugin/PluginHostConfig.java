package io.hirestage.plugin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plugin manager over the plugins folder; {@link PluginHost} loads and starts the plugins. */
@Configuration(proxyBeanMethods = false)
class PluginHostConfig {

    @Bean(destroyMethod = "stopPlugins")
    HirestagePluginManager pluginManager(PluginHostProperties properties) {
        return new HirestagePluginManager(properties.dir().toAbsolutePath());
    }
}
