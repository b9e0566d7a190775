package io.hirestage.plugin;

import io.hirestage.plugin.api.PluginApi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipException;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/**
 * Looks inside an uploaded jar before it goes anywhere near the plugins folder, and names the
 * mistakes integrators make: not a jar, no PF4J manifest, an API version range that excludes this
 * portal, the plugin API packed inside (PF4J then finds no extensions), no extension index (the
 * annotation processor did not run).
 */
final class PluginJarInspector {

    private static final String API_PACKAGE_PATH = PluginApi.class.getPackageName().replace('.', '/') + "/";

    private PluginJarInspector() {
    }

    static PluginDescriptor inspect(Path jar, VersionManager versions) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Plugin-Id") == null) {
                throw new PluginRejectedException("The jar has no PF4J manifest: Plugin-Id, Plugin-Version and Plugin-Requires are missing");
            }
            if (file.stream().anyMatch(entry -> entry.getName().startsWith(API_PACKAGE_PATH))) {
                throw new PluginRejectedException("The jar contains the Hirestage plugin API classes; declare hirestage-plugin-api "
                        + "with scope provided, or PF4J finds none of its extensions");
            }
            if (file.getEntry("META-INF/extensions.idx") == null) {
                throw new PluginRejectedException("The jar has no META-INF/extensions.idx: no @Extension was indexed. Add "
                        + "org.pf4j:pf4j to the compiler's annotationProcessorPaths and build again");
            }
        } catch (ZipException e) {
            throw new PluginRejectedException("The file is not a jar (zip) file");
        } catch (IOException e) {
            throw new PluginRejectedException("The file cannot be read: " + e.getMessage());
        }
        PluginDescriptor descriptor;
        try {
            descriptor = new ManifestPluginDescriptorFinder().find(jar);
        } catch (RuntimeException e) {
            throw new PluginRejectedException("The PF4J manifest cannot be read: " + PluginCatalog.describe(e));
        }
        if (descriptor.getVersion() == null || descriptor.getVersion().isBlank()) {
            throw new PluginRejectedException("The manifest has no Plugin-Version");
        }
        String requires = descriptor.getRequires() == null ? "" : descriptor.getRequires().trim();
        if (requires.isEmpty() || requires.equals("*")) {
            throw new PluginRejectedException("The manifest has no Plugin-Requires; declare the plugin API versions it works with, "
                    + "for example >=" + PluginApi.VERSION + " & <" + (Integer.parseInt(PluginApi.VERSION.split("\\.")[0]) + 1) + ".0.0");
        }
        if (!versions.checkVersionConstraint(PluginApi.VERSION, requires)) {
            throw new PluginRejectedException("The plugin needs plugin API " + requires + ", but this portal provides " + PluginApi.VERSION);
        }
        return descriptor;
    }
}
