package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin > Plugins: installing an uploaded plugin jar, and removing one. */
@Service
public class PluginInstaller {

    static final String AUDIT_TYPE = PluginCatalog.AUDIT_TYPE;

    private final HirestagePluginManager manager;
    private final PluginCatalog catalog;
    private final PluginPreferenceRepository preferences;
    private final AuditLog auditLog;

    PluginInstaller(HirestagePluginManager manager, PluginCatalog catalog, PluginPreferenceRepository preferences, AuditLog auditLog) {
        this.manager = manager;
        this.catalog = catalog;
        this.preferences = preferences;
        this.auditLog = auditLog;
    }

    /**
     * Installs and starts an uploaded plugin jar after checking it; a rejected jar never reaches the
     * plugins folder.
     *
     * @throws PluginRejectedException with the reason, in words for the admin
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public PluginStatus install(String fileName, byte[] jar) {
        Path upload = null;
        try {
            upload = Files.createTempFile("hirestage-upload-", ".jar");
            Files.write(upload, jar);
            PluginDescriptor descriptor = PluginJarInspector.inspect(upload, manager.getVersionManager());
            String pluginId = descriptor.getPluginId();
            PluginWrapper installed = manager.getPlugin(pluginId);
            if (installed != null) {
                throw new PluginRejectedException("A plugin with the id '" + pluginId + "' is installed already (version "
                        + installed.getDescriptor().getVersion() + "); remove it first to replace it");
            }
            Path target = manager.getPluginsRoots().getFirst().resolve(pluginId + "-" + descriptor.getVersion() + ".jar");
            Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
            String loaded = manager.loadPlugin(target);
            if (loaded == null) {
                Files.deleteIfExists(target);
                throw new PluginRejectedException("PF4J could not load the jar: "
                        + manager.rejectedFiles().getOrDefault(target, new IllegalStateException("unknown reason")).getMessage());
            }
            manager.startPlugin(loaded);
            auditLog.record(AUDIT_TYPE, loaded, "installed", "Installed " + loaded + " " + descriptor.getVersion() + " from " + fileName);
            return catalog.statusOf(manager.getPlugin(loaded));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the uploaded plugin", e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /** Stops a plugin and deletes its jar; its providers' settings stay, for a later reinstall. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void remove(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("There is no plugin '" + pluginId + "'");
        }
        String version = plugin.getDescriptor().getVersion();
        if (!manager.deletePlugin(pluginId)) {
            throw new IllegalStateException("The jar of plugin " + pluginId + " could not be deleted");
        }
        preferences.deleteById(pluginId);
        auditLog.record(AUDIT_TYPE, pluginId, "removed", "Removed " + pluginId + " " + version);
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover temporary file does no harm.
        }
    }
}
