package io.hirestage.plugin.api;

/**
 * The version of this API. The portal runs PF4J with this as its system version, so a plugin whose
 * {@code Plugin-Requires} range excludes it is refused with a clear reason instead of failing at
 * its first call.
 */
public final class PluginApi {

    /**
     * Semantic version of the plugin API: a new major version may break plugins, a minor one only adds.
     * 1.1 added {@link Capability capabilities}, {@link StageProvider#close()}, {@link ProviderStorage},
     * the candidate's and opening's details and the callback URL in requests, and results without a
     * maximum score or completion time.
     */
    public static final String VERSION = "1.1.0";

    private PluginApi() {
    }
}
