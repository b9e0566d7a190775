package io.hirestage.plugin;

import io.hirestage.plugin.api.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a plugin jar from compiled test classes: the PF4J manifest, the classes and the extension
 * index PF4J's annotation processor would have written. PF4J loads the classes from the jar with its
 * plugin class loader, as it does a vendor's.
 */
public final class TestPluginJar {

    private TestPluginJar() {
    }

    public static Path write(Path folder, String pluginId, Class<?>... extensions) throws IOException {
        Path jar = folder.resolve(pluginId + ".jar");
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Provider", "Test vendor");
        attributes.putValue("Plugin-Requires", ">=" + PluginApi.VERSION);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> extension : extensions) {
                String entry = extension.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = extension.getClassLoader().getResourceAsStream(entry)) {
                    bytes.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
            jarOut.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jarOut.write(Arrays.stream(extensions).map(Class::getName).collect(Collectors.joining("\n", "", "\n"))
                    .getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
        return jar;
    }
}
