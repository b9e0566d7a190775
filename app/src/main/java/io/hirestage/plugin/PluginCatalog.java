package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import io.hirestage.plugin.api.PluginApi;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins see of the plugin host: every plugin and every plugin file that did not load. */
@Service
public class PluginCatalog {

    static final String AUDIT_TYPE = "Plugin";

    private final HirestagePluginManager manager;
    private final ProviderRegistry registry;
    private final PluginPreferenceRepository preferences;
    private final AuditLog auditLog;
    private final ObjectProvider<ProviderUses> uses;

    PluginCatalog(HirestagePluginManager manager, ProviderRegistry registry, PluginPreferenceRepository preferences,
                  AuditLog auditLog, ObjectProvider<ProviderUses> uses) {
        this.uses = uses;
        this.manager = manager;
        this.registry = registry;
        this.preferences = preferences;
        this.auditLog = auditLog;
    }

    /**
     * Where the plugin's running providers are used (pipeline templates), for the warning before it is
     * turned off or removed; empty when nothing uses them, or the plugin runs no provider now.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<String> usesOf(String pluginId) {
        List<String> providerIds = registry.all().stream().filter(provider -> provider.pluginId().equals(pluginId))
                .map(RegisteredProvider::id).toList();
        return providerIds.isEmpty() ? List.of() : uses.orderedStream().flatMap(source -> source.of(providerIds).stream()).toList();
    }

    /**
     * Turns a plugin off (stopped, its providers gone) or on again; the choice outlives restarts.
     *
     * @throws IllegalArgumentException when the plugin is unknown or, to be turned on, incompatible
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public PluginStatus setEnabled(String pluginId, boolean enabled) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("There is no plugin '" + pluginId + "'");
        }
        if (enabled && !manager.isCompatible(plugin)) {
            throw new IllegalArgumentException("Plugin " + pluginId + " cannot be turned on: it needs plugin API "
                    + plugin.getDescriptor().getRequires() + " and this portal provides " + PluginApi.VERSION);
        }
        PluginPreference preference = preferences.findById(pluginId).orElseGet(() -> new PluginPreference(pluginId, true));
        preference.setEnabled(enabled);
        preferences.save(preference);
        if (enabled) {
            manager.enablePlugin(pluginId);
            manager.startPlugin(pluginId);
        } else {
            manager.disablePlugin(pluginId);
        }
        auditLog.record(AUDIT_TYPE, pluginId, enabled ? "enabled" : "disabled",
                (enabled ? "Turned on " : "Turned off ") + pluginId + " " + plugin.getDescriptor().getVersion());
        return statusOf(manager.getPlugin(pluginId));
    }

    /** Every plugin, by id, followed by the files that did not load. */
    @RolesAllowed("ADMIN")
    public List<PluginStatus> plugins() {
        List<PluginStatus> statuses = new ArrayList<>();
        manager.getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(this::statusOf)
                .forEach(statuses::add);
        manager.rejectedFiles().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rejected -> rejectedStatus(rejected.getKey(), rejected.getValue()))
                .forEach(statuses::add);
        return statuses;
    }

    /** The plugin API version plugins are checked against. */
    public String pluginApiVersion() {
        return PluginApi.VERSION;
    }

    PluginStatus statusOf(PluginWrapper plugin) {
        PluginDescriptor descriptor = plugin.getDescriptor();
        PluginState state;
        String problem = null;
        if (!manager.isCompatible(plugin)) {
            state = PluginState.INCOMPATIBLE;
            problem = "Needs plugin API " + descriptor.getRequires() + ", but this portal provides " + PluginApi.VERSION;
        } else {
            state = switch (plugin.getPluginState()) {
                case STARTED -> PluginState.STARTED;
                case DISABLED -> PluginState.DISABLED;
                case FAILED -> PluginState.FAILED;
                default -> PluginState.STOPPED;
            };
            if (plugin.getFailedException() != null) {
                problem = describe(plugin.getFailedException());
            } else if (state == PluginState.STARTED) {
                problem = registry.extensionProblem(plugin.getPluginId()).orElse(null);
            }
        }
        List<String> points = state == PluginState.STARTED ? extensionPointsOf(plugin.getPluginId()) : List.of();
        return new PluginStatus(descriptor.getPluginId(), descriptor.getVersion(), orDash(descriptor.getProvider()),
                orDash(descriptor.getPluginDescription()), state, points, problem, fileName(plugin.getPluginPath()));
    }

    private List<String> extensionPointsOf(String pluginId) {
        List<String> points = new ArrayList<>();
        for (ProviderKind kind : ProviderKind.values()) {
            if (!manager.getExtensionClasses(kind.type(), pluginId).isEmpty()) {
                points.add(kind.displayName());
            }
        }
        return points;
    }

    private static PluginStatus rejectedStatus(Path file, Throwable error) {
        return new PluginStatus(fileName(file), "—", "—", "—", PluginState.REJECTED, List.of(),
                "Not loaded: " + describe(error), fileName(file));
    }

    /** The messages of an error chain, first lines only, without wrappers that just repeat their cause. */
    static String describe(Throwable error) {
        List<String> parts = new ArrayList<>();
        for (Throwable current = error; current != null; current = current.getCause() == current ? null : current.getCause()) {
            String message = current.getMessage();
            Throwable cause = current.getCause();
            if (message == null || message.isBlank() || (cause != null && message.equals(cause.toString()))) {
                continue;
            }
            String firstLine = message.lines().findFirst().orElse(message);
            if (parts.stream().noneMatch(part -> part.contains(firstLine))) {
                parts.add(firstLine);
            }
        }
        return parts.isEmpty() ? error.getClass().getSimpleName() : String.join(": ", parts);
    }

    private static String fileName(Path path) {
        return path == null || path.getFileName() == null ? "—" : path.getFileName().toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
