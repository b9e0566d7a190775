package io.hirestage.plugin.api;

/**
 * The version of this API. The portal runs PF4J with this as its system version, so a plugin whose
 * {@code Plugin-Requires} range excludes it is refused with a clear reason instead of failing at
 * its first call.
 */
public final class PluginApi {

    /** Semantic version of the plugin API: a new major version may break plugins, a minor one only adds. */
    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
