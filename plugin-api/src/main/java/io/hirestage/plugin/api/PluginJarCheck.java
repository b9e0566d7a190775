package io.hirestage.plugin.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.pf4j.DefaultVersionManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;

/**
 * Looks inside a plugin jar and names the mistakes integrators make: not a jar, no PF4J manifest, an
 * API version range that excludes this API, the plugin API packed inside (PF4J then finds no
 * extensions), no extension index (the annotation processor did not run), an id or version that is
 * not a plain name. The portal makes these checks when an admin uploads a jar, and the test kit makes
 * them on a plugin project's packaged jar, so an integrator meets the same words in their build as
 * the admin would at upload. Since API 1.1.
 */
public final class PluginJarCheck {

    /** The id and version name the jar in the portal's plugins folder, so neither may hold a path. */
    private static final Pattern PLUGIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern PLUGIN_VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}(-[A-Za-z0-9.]{1,32})?(\\+[A-Za-z0-9.]{1,32})?");

    private static final String API_PACKAGE_PATH = PluginApi.class.getPackageName().replace('.', '/') + "/";

    private PluginJarCheck() {
    }

    /**
     * Checks a plugin jar against this version of the API.
     *
     * @return the jar's PF4J descriptor
     * @throws PluginJarRejectedException naming the first mistake found, in words for the person who built or uploaded it
     */
    public static PluginDescriptor check(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Plugin-Id") == null) {
                throw new PluginJarRejectedException("The jar has no PF4J manifest: Plugin-Id, Plugin-Version and Plugin-Requires are missing");
            }
            if (file.stream().anyMatch(entry -> entry.getName().startsWith(API_PACKAGE_PATH))) {
                throw new PluginJarRejectedException("The jar contains the Hirestage plugin API classes; declare hirestage-plugin-api "
                        + "with scope provided, or PF4J finds none of its extensions");
            }
            if (file.getEntry("META-INF/extensions.idx") == null) {
                throw new PluginJarRejectedException("The jar has no META-INF/extensions.idx: no @Extension was indexed. Add "
                        + "org.pf4j:pf4j to the compiler's annotationProcessorPaths and build again");
            }
        } catch (ZipException e) {
            throw new PluginJarRejectedException("The file is not a jar (zip) file");
        } catch (IOException e) {
            throw new PluginJarRejectedException("The file cannot be read: " + e.getMessage());
        }
        PluginDescriptor descriptor;
        try {
            descriptor = new ManifestPluginDescriptorFinder().find(jar);
        } catch (RuntimeException e) {
            throw new PluginJarRejectedException("The PF4J manifest cannot be read: " + e.getMessage());
        }
        if (!PLUGIN_ID.matcher(descriptor.getPluginId()).matches()) {
            throw new PluginJarRejectedException("The Plugin-Id '" + shown(descriptor.getPluginId()) + "' is not allowed: use 1 to 64 "
                    + "letters, digits, dots, dashes or underscores, starting with a letter or digit (for example acme-assessment)");
        }
        if (descriptor.getVersion() == null || descriptor.getVersion().isBlank()) {
            throw new PluginJarRejectedException("The manifest has no Plugin-Version");
        }
        if (!PLUGIN_VERSION.matcher(descriptor.getVersion()).matches()) {
            throw new PluginJarRejectedException("The Plugin-Version '" + shown(descriptor.getVersion()) + "' is not a version: use "
                    + "semantic versioning such as 1.4.2 or 2.0.0-rc.1");
        }
        String requires = descriptor.getRequires() == null ? "" : descriptor.getRequires().trim();
        if (requires.isEmpty() || requires.equals("*")) {
            throw new PluginJarRejectedException("The manifest has no Plugin-Requires; declare the plugin API versions it works with, "
                    + "for example >=" + PluginApi.VERSION + " & <" + (Integer.parseInt(PluginApi.VERSION.split("\\.")[0]) + 1) + ".0.0");
        }
        if (!new DefaultVersionManager().checkVersionConstraint(PluginApi.VERSION, requires)) {
            throw new PluginJarRejectedException("The plugin needs plugin API " + requires + ", but this portal provides " + PluginApi.VERSION);
        }
        return descriptor;
    }

    /** A manifest value as a person may see it: no line breaks or controls, not endless. */
    private static String shown(String value) {
        String plain = value.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 80 ? plain : plain.substring(0, 80) + "…";
    }
}
