package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import io.hirestage.base.SafeFileName;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    @Transactional(noRollbackFor = PluginRejectedException.class)
    public PluginStatus install(String fileName, byte[] jar) {
        try {
            PluginStatus installed = installChecked(jar);
            auditLog.record(AUDIT_TYPE, installed.id(), "installed", "Installed " + installed.id() + " " + installed.version()
                    + " from " + fileName);
            return installed;
        } catch (PluginRejectedException e) {
            String name = SafeFileName.of(fileName, "plugin.jar");
            auditLog.record(AUDIT_TYPE, name, "install refused", name + " was not installed: " + e.getMessage());
            throw e;
        }
    }

    private PluginStatus installChecked(byte[] jar) {
        Path upload = null;
        Path target = null;
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
            target = insidePluginsFolder(pluginId + "-" + descriptor.getVersion() + ".jar");
            // Never REPLACE_EXISTING: the file may be another plugin's jar, or one PF4J refused that the admin should see.
            Files.move(upload, target);
            String loaded = manager.loadPlugin(target);
            if (loaded == null) {
                throw new PluginRejectedException("PF4J could not load the jar: "
                        + manager.rejectedFiles().getOrDefault(target, new IllegalStateException("unknown reason")).getMessage());
            }
            manager.startPlugin(loaded);
            return catalog.statusOf(manager.getPlugin(loaded));
        } catch (FileAlreadyExistsException e) {
            throw new PluginRejectedException("The plugins folder holds a file named " + Path.of(e.getFile()).getFileName()
                    + " already; remove that plugin first");
        } catch (IOException e) {
            throw new PluginRejectedException("The jar could not be stored in the plugins folder: " + e.getMessage());
        } catch (PluginRejectedException e) {
            unload(target);
            throw e;
        } catch (RuntimeException e) {
            unload(target);
            throw new PluginRejectedException("The plugin could not be loaded: " + PluginCatalog.describe(e));
        } finally {
            deleteQuietly(upload);
        }
    }

    /** The jar's place in the plugins folder; a name that would lead anywhere else is refused. */
    private Path insidePluginsFolder(String jarName) {
        Path folder = manager.getPluginsRoots().getFirst().toAbsolutePath().normalize();
        Path target = folder.resolve(jarName).normalize();
        if (!folder.equals(target.getParent())) {
            throw new PluginRejectedException("The jar's id and version do not make a plain file name: " + jarName);
        }
        return target;
    }

    /** Takes a half-installed jar away again: out of PF4J if it got that far, and out of the folder. */
    private void unload(Path target) {
        if (target == null) {
            return;
        }
        manager.getPlugins().stream().filter(plugin -> target.equals(plugin.getPluginPath())).findFirst()
                .ifPresent(plugin -> manager.unloadPlugin(plugin.getPluginId()));
        deleteQuietly(target);
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
