package io.hirestage.plugin;

import io.hirestage.plugin.api.PluginApi;
import java.io.IOException;
import java.io.InputStream;
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
        Files.write(jar, bytes(pluginId, ">=" + PluginApi.VERSION, true, extensions));
        return jar;
    }

    /**
     * The bytes of a plugin jar. Every class is packed; the extension index lists those outside the
     * plugin API (packing an API class is a mistake the portal must catch).
     */
    public static byte[] bytes(String pluginId, String requires, boolean withIndex, Class<?>... classes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Provider", "Test vendor");
        attributes.putValue("Plugin-Requires", requires);
        try (JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> extension : classes) {
                String entry = extension.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = extension.getClassLoader().getResourceAsStream(entry)) {
                    bytes.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
            if (withIndex) {
                jarOut.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                jarOut.write(Arrays.stream(classes).filter(type -> !type.getPackageName().equals(PluginApi.class.getPackageName()))
                        .map(Class::getName).collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
