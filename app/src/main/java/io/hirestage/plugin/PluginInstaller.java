package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import io.hirestage.base.SafeFileName;
import io.hirestage.plugin.api.PluginJarCheck;
import io.hirestage.plugin.api.PluginJarRejectedException;
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
     * plugins folder. A newer version of an installed plugin replaces it in place (its settings are the
     * provider's and stay); an older one is refused with {@link PluginDowngradeException}, for the
     * admin to be asked.
     *
     * @throws PluginDowngradeException the jar is older than the installed version
     * @throws PluginRejectedException  with the reason, in words for the admin
     */
    @RolesAllowed("ADMIN")
    @Transactional(noRollbackFor = PluginRejectedException.class)
    public PluginStatus install(String fileName, byte[] jar) {
        return install(fileName, jar, false);
    }

    /** As {@link #install(String, byte[])}; with {@code downgrade}, an older version replaces the installed one too. */
    @RolesAllowed("ADMIN")
    @Transactional(noRollbackFor = PluginRejectedException.class)
    public PluginStatus install(String fileName, byte[] jar, boolean downgrade) {
        try {
            Installed done = installChecked(jar, downgrade);
            PluginStatus installed = done.status();
            if (done.replacedVersion() == null) {
                auditLog.record(AUDIT_TYPE, installed.id(), "installed", "Installed " + installed.id() + " " + installed.version()
                        + " from " + fileName);
            } else {
                auditLog.record(AUDIT_TYPE, installed.id(), "upgraded", "Replaced " + installed.id() + " " + done.replacedVersion()
                        + " with " + installed.version() + " from " + fileName + "; its providers' settings stay");
            }
            return installed;
        } catch (PluginRejectedException e) {
            String name = SafeFileName.of(fileName, "plugin.jar");
            auditLog.record(AUDIT_TYPE, name, "install refused", name + " was not installed: " + e.getMessage());
            throw e;
        }
    }

    /** What an upload installed, and the version it replaced, if any. */
    private record Installed(PluginStatus status, String replacedVersion) {
    }

    /** The jar's descriptor, after the checks the test kit also makes on a plugin project's jar. */
    private static PluginDescriptor checked(Path upload) {
        try {
            return PluginJarCheck.check(upload);
        } catch (PluginJarRejectedException e) {
            throw new PluginRejectedException(e.getMessage());
        }
    }

    private Installed installChecked(byte[] jar, boolean downgrade) {
        Path upload = null;
        Path target = null;
        try {
            upload = Files.createTempFile("hirestage-upload-", ".jar");
            Files.write(upload, jar);
            PluginDescriptor descriptor = checked(upload);
            String pluginId = descriptor.getPluginId();
            PluginWrapper installed = manager.getPlugin(pluginId);
            String installedVersion = installed == null ? null : installed.getDescriptor().getVersion();
            if (installed != null) {
                int newer = manager.getVersionManager().compareVersions(descriptor.getVersion(), installedVersion);
                if (newer == 0) {
                    throw new PluginRejectedException(pluginId + " " + installedVersion + " is installed already");
                }
                if (newer < 0 && !downgrade) {
                    throw new PluginDowngradeException(pluginId, installedVersion, descriptor.getVersion());
                }
            }
            target = insidePluginsFolder(pluginId + "-" + descriptor.getVersion() + ".jar");
            // Never REPLACE_EXISTING: the file may be another plugin's jar, or one PF4J refused that the admin should see.
            Files.move(upload, target);
            Path replacedJar = installed == null ? null : installed.getPluginPath();
            if (installed != null) {
                // Out of the way, jar kept: the new one loads under the same id; if it fails, the old one comes back.
                manager.unloadPlugin(pluginId);
            }
            String loaded;
            try {
                loaded = manager.loadPlugin(target);
                if (loaded == null) {
                    throw new PluginRejectedException("PF4J could not load the jar: "
                            + manager.rejectedFiles().getOrDefault(target, new IllegalStateException("unknown reason")).getMessage());
                }
                manager.startPlugin(loaded);
                PluginWrapper started = manager.getPlugin(loaded);
                if (installed != null && started.getPluginState() != org.pf4j.PluginState.STARTED) {
                    Throwable why = started.getFailedException();
                    throw new PluginRejectedException(pluginId + " " + descriptor.getVersion() + " did not start"
                            + (why == null ? "" : " (" + PluginCatalog.describe(why) + ")") + "; " + installedVersion + " runs on");
                }
            } catch (RuntimeException failed) {
                unload(target);
                target = null;
                if (replacedJar != null) {
                    manager.startPlugin(manager.loadPlugin(replacedJar));
                }
                throw failed;
            }
            if (replacedJar != null) {
                deleteQuietly(replacedJar);
            }
            return new Installed(catalog.statusOf(manager.getPlugin(loaded)), installedVersion);
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
