package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.hirestage.plugin.api.PluginApi;
import io.hirestage.plugin.api.PluginJarCheck;
import io.hirestage.plugin.api.PluginJarRejectedException;
import io.hirestage.plugin.api.StageProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

/**
 * Checks a plugin project's packaged jar the way the portal does when an admin uploads it (manifest,
 * {@code Plugin-Requires}, extension index, no API classes inside), then loads it in PF4J as the portal
 * would and asks it for its providers. {@code hirestage-plugin-parent} runs this after packaging: the
 * Maven Failsafe plugin finds it in the kit and passes the jar's path as the system property
 * {@value #JAR_PROPERTY}. A project with another parent can run it the same way.
 */
public class PackagedPluginJarCheck {

    /** The system property holding the path of the jar to check. */
    public static final String JAR_PROPERTY = "hirestage.plugin.jar";

    /** The system property holding the project's packaging; only a {@code jar} project has a plugin jar. */
    public static final String PACKAGING_PROPERTY = "hirestage.plugin.packaging";

    @Test
    void theJarPassesThePortalsUploadChecks() {
        Path jar = packagedJar();
        try {
            PluginDescriptor descriptor = PluginJarCheck.check(jar);
            assertThat(descriptor.getPluginId()).isNotBlank();
            assertThat(descriptor.getProvider()).as("Plugin-Provider: set <organization><name> in the pom, or plugin.provider")
                    .isNotBlank().doesNotContain("${");
        } catch (PluginJarRejectedException e) {
            fail("The portal would refuse " + jar.getFileName() + ": " + e.getMessage());
        }
    }

    @Test
    void pf4jLoadsTheJarAndFindsItsProviders(@TempDir Path pluginsFolder) throws IOException {
        Path jar = Files.copy(packagedJar(), pluginsFolder.resolve("plugin.jar"));
        PluginManager manager = new JarPluginManager(pluginsFolder);
        manager.setSystemVersion(PluginApi.VERSION);
        String pluginId = manager.loadPlugin(jar);
        try {
            assertThat(manager.startPlugin(pluginId)).as("the plugin starts in PF4J").isEqualTo(PluginState.STARTED);
            List<StageProvider> providers = manager.getExtensions(StageProvider.class, pluginId);
            assertThat(providers).as("stage providers PF4J finds in the jar: is each annotated @Extension?").isNotEmpty();
            // Loaded from the jar alone, with none of the project's libraries beside it (see hirestage-plugin-parent).
            for (StageProvider provider : providers) {
                assertThat(provider.descriptor()).as(provider.getClass().getName() + ".descriptor()").isNotNull();
                assertThat(provider.settingsSchema()).as(provider.getClass().getName() + ".settingsSchema()").isNotNull();
                assertThat(provider.capabilities()).as(provider.getClass().getName() + ".capabilities()").isNotNull();
                provider.close();
            }
        } finally {
            // One plugin stopped and unloaded by id: PF4J's stopPlugins() trips over its own list on some versions.
            manager.unloadPlugin(pluginId);
        }
    }

    private static Path packagedJar() {
        String packaging = System.getProperty(PACKAGING_PROPERTY, "jar");
        if (!packaging.equals("jar")) {
            abort("A project packaged as " + packaging + " has no plugin jar");
        }
        String path = System.getProperty(JAR_PROPERTY);
        if (path == null || path.isBlank()) {
            fail("Set the system property " + JAR_PROPERTY + " to the plugin jar (hirestage-plugin-parent does)");
        }
        Path jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            fail("There is no plugin jar at " + jar + "; run this after the package phase");
        }
        return jar;
    }
}
