package io.hirestage.plugin.api;

/**
 * A plugin jar that {@link PluginJarCheck} refuses, with why in words for the person who built or
 * uploaded it. Since API 1.1.
 */
public class PluginJarRejectedException extends RuntimeException {

    public PluginJarRejectedException(String reason) {
        super(reason);
    }
}
