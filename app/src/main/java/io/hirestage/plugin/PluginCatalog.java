package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.PluginApi;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.VideoInterviewProvider;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Service;

/** What admins see of the plugin host: every plugin and every plugin file that did not load. */
@Service
public class PluginCatalog {

    /** The extension points of the plugin API, with the names admins know them by. */
    static final Map<Class<?>, String> EXTENSION_POINTS = extensionPoints();

    private final HirestagePluginManager manager;

    PluginCatalog(HirestagePluginManager manager) {
        this.manager = manager;
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

    private PluginStatus statusOf(PluginWrapper plugin) {
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
            }
        }
        List<String> points = state == PluginState.STARTED ? extensionPointsOf(plugin.getPluginId()) : List.of();
        return new PluginStatus(descriptor.getPluginId(), descriptor.getVersion(), orDash(descriptor.getProvider()),
                orDash(descriptor.getPluginDescription()), state, points, problem, fileName(plugin.getPluginPath()));
    }

    private List<String> extensionPointsOf(String pluginId) {
        List<String> points = new ArrayList<>();
        EXTENSION_POINTS.forEach((type, name) -> {
            if (!manager.getExtensionClasses(type, pluginId).isEmpty()) {
                points.add(name);
            }
        });
        return points;
    }

    private static PluginStatus rejectedStatus(Path file, Throwable error) {
        return new PluginStatus(fileName(file), "—", "—", "—", PluginState.REJECTED, List.of(),
                "Not loaded: " + describe(error), fileName(file));
    }

    /** The most telling message of an error chain, without stack traces. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        Throwable cause = error.getCause();
        while (cause != null && cause != error) {
            if (cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
                message = (message == null ? "" : message + ": ") + cause.getMessage();
            }
            error = cause;
            cause = cause.getCause();
        }
        return message == null ? error.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static String fileName(Path path) {
        return path == null || path.getFileName() == null ? "—" : path.getFileName().toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static Map<Class<?>, String> extensionPoints() {
        Map<Class<?>, String> points = new LinkedHashMap<>();
        points.put(AssessmentProvider.class, "Assessment provider");
        points.put(VideoInterviewProvider.class, "Video interview provider");
        points.put(SalaryDataSource.class, "Salary data source");
        return points;
    }
}
