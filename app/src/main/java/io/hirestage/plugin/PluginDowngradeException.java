package io.hirestage.plugin;

/**
 * The uploaded jar is an older version of an installed plugin: it is installed only when the admin,
 * asked, says so ({@link PluginInstaller#install(String, byte[], boolean)}).
 */
public class PluginDowngradeException extends PluginRejectedException {

    PluginDowngradeException(String pluginId, String installed, String uploaded) {
        super(pluginId + " " + installed + " is installed; this jar is the older version " + uploaded);
    }
}
