package io.hirestage.plugin;

import io.hirestage.plugin.api.PluginApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
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

    /** A copy of the bundled plugins in a new folder, for a test that adds or removes plugins. */
    public static Path copyOfBundledPlugins(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            try (Stream<Path> jars = Files.list(Path.of(System.getProperty("hirestage.plugins.dir", "target/plugins")))) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, folder.resolve(jar.getFileName()));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return bytes(pluginId, "1.0.0", requires, withIndex, classes);
    }

    /** The same with another version than 1.0.0 in the manifest. */
    public static byte[] bytes(String pluginId, String version, String requires, boolean withIndex, Class<?>... classes) throws IOException {
        return bytes(pluginId, version, requires, null, withIndex, classes);
    }

    /** The same with a {@code Plugin-Class} (an {@code org.pf4j.Plugin}, packed too), whose start PF4J calls. */
    public static byte[] bytes(String pluginId, String version, String requires, Class<?> pluginClass, boolean withIndex, Class<?>... classes)
            throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Class<?>[] packed = classes;
        if (pluginClass != null) {
            attributes.putValue("Plugin-Class", pluginClass.getName());
            packed = java.util.stream.Stream.concat(Arrays.stream(classes), java.util.stream.Stream.of(pluginClass)).toArray(Class<?>[]::new);
        }
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", version);
        attributes.putValue("Plugin-Provider", "Test vendor");
        attributes.putValue("Plugin-Requires", requires);
        try (JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> type : withTestSuperclasses(packed)) {
                String entry = type.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
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

    /** The classes and their test-code superclasses (a vendor's jar holds its own base classes too). */
    private static Set<Class<?>> withTestSuperclasses(Class<?>... classes) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            for (Class<?> current = type; current != null && current.getName().startsWith("io.hirestage.plugin.")
                    && !current.getPackageName().equals(PluginApi.class.getPackageName()); current = current.getSuperclass()) {
                all.add(current);
            }
            if (type.getPackageName().equals(PluginApi.class.getPackageName())) {
                all.add(type);
            }
        }
        return all;
    }
}
