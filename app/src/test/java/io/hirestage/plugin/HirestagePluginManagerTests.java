package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.PluginApi;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

class HirestagePluginManagerTests {

    private final HirestagePluginManager manager =
            new HirestagePluginManager(Path.of(System.getProperty("hirestage.plugins.dir", "target/plugins")));

    @Test
    void stopsEveryStartedPluginAtShutdown() {
        manager.loadPlugins();
        manager.startPlugins();
        assertThat(manager.getStartedPlugins()).hasSizeGreaterThanOrEqualTo(3);

        manager.stopPlugins();

        assertThat(manager.getPlugins()).extracting(PluginWrapper::getPluginState).containsOnly(PluginState.STOPPED);
        assertThat(manager.getStartedPlugins()).isEmpty();
    }

    @Test
    void checksPluginRequiresAgainstThePluginApiVersion() {
        assertThat(manager.getSystemVersion()).isEqualTo(PluginApi.VERSION);
    }
}
