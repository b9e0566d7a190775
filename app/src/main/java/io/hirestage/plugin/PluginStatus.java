package io.hirestage.plugin;

import java.util.List;

/**
 * One plugin (or one plugin file that did not load) as the admin console lists it.
 *
 * @param id              the plugin id, or the file name when the file could not be read
 * @param extensionPoints the kinds of stage it serves, for example "Assessment provider"
 * @param problem         why it is not started, in words for an admin; {@code null} when all is well
 * @param file            the jar's file name in the plugins folder
 */
public record PluginStatus(String id, String version, String provider, String description, PluginState state,
                           List<String> extensionPoints, String problem, String file) {

    public PluginStatus {
        extensionPoints = List.copyOf(extensionPoints);
    }
}
