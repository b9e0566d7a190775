package io.hirestage.plugin;

import io.hirestage.plugin.api.PluginApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's manager with the plugin API as its system version, so {@code Plugin-Requires} is enforced,
 * and a memory of the files it could not load, so admins can be told why.
 */
class HirestagePluginManager extends DefaultPluginManager {

    private static final Logger log = LoggerFactory.getLogger(HirestagePluginManager.class);

    private final Map<Path, Throwable> rejectedFiles = Collections.synchronizedMap(new LinkedHashMap<>());

    HirestagePluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(PluginApi.VERSION);
    }

    /**
     * Which plugins are off lives in the portal's database (see {@link PluginHost}); PF4J's default
     * would write a disabled.txt into the plugins folder, which may be a read-only volume.
     */
    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        Set<String> disabled = ConcurrentHashMap.newKeySet();
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return disabled.contains(pluginId);
            }

            @Override
            public void disablePlugin(String pluginId) {
                disabled.add(pluginId);
            }

            @Override
            public void enablePlugin(String pluginId) {
                disabled.remove(pluginId);
            }
        };
    }

    /** Marks plugins as off before they are loaded, so they are never started. */
    void markDisabled(Iterable<String> pluginIds) {
        pluginIds.forEach(pluginStatusProvider::disablePlugin);
    }

    /**
     * Loads one file; a file PF4J cannot load (not a jar, no manifest, a taken id, ...) is remembered
     * with its error and passed over, so one bad file never stops the portal from starting.
     */
    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            refuseTakenId(pluginPath);
            PluginWrapper plugin = super.loadPluginFromPath(pluginPath);
            rejectedFiles.remove(pluginPath);
            return plugin;
        } catch (RuntimeException | LinkageError e) {
            rejectedFiles.put(pluginPath, e);
            log.error("Rejected plugin file '{}': {}", pluginPath, e.getMessage());
            return null;
        }
    }

    /** PF4J refuses a taken id too, but names the other plugin by its whole internal state. */
    private void refuseTakenId(Path pluginPath) {
        String id = getPluginDescriptorFinder().find(pluginPath).getPluginId();
        PluginWrapper holder = getPlugin(id);
        if (holder != null) {
            throw new PluginRuntimeException("the plugin id '{}' is already taken by {}; remove one of the two files",
                    id, holder.getPluginPath().getFileName());
        }
    }

    /**
     * PF4J's factory returns {@code null} (and only logs) when the manifest's Plugin-Class cannot be
     * made; starting the plugin then fails with a bare NullPointerException. Failing here instead
     * gives the admin the reason.
     */
    @Override
    protected PluginFactory createPluginFactory() {
        return new DefaultPluginFactory() {
            @Override
            public Plugin create(PluginWrapper plugin) {
                Plugin created = super.create(plugin);
                if (created == null) {
                    throw new PluginRuntimeException("The plugin class {} named in its manifest is missing, "
                            + "is not a PF4J Plugin or cannot be created", plugin.getDescriptor().getPluginClass());
                }
                return created;
            }
        };
    }

    /**
     * Stops every started plugin, last started first. PF4J 3.15's own version removes each plugin
     * from the list it is walking and fails with a ConcurrentModificationException once two or more
     * plugins run, which would leave plugins running at shutdown.
     */
    @Override
    public void stopPlugins() {
        List<PluginWrapper> started = new ArrayList<>(getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            stopPlugin(plugin.getPluginId(), false);
        }
    }

    /** The files in the plugins folder that did not load, with why. */
    Map<Path, Throwable> rejectedFiles() {
        synchronized (rejectedFiles) {
            return Map.copyOf(rejectedFiles);
        }
    }

    /**
     * Whether the plugin's {@code Plugin-Requires} range includes this portal's plugin API. Asked
     * each time the admin console lists plugins, so it checks quietly (PF4J's own check logs a
     * warning per call).
     */
    boolean isCompatible(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires() == null ? "" : plugin.getDescriptor().getRequires().trim();
        return requires.isEmpty() || requires.equals("*") || getVersionManager().checkVersionConstraint(getSystemVersion(), requires);
    }
}
