package io.hirestage.plugin;

/** A plugin jar an admin uploaded that the portal will not install, with why in words for the admin. */
public class PluginRejectedException extends RuntimeException {

    PluginRejectedException(String reason) {
        super(reason);
    }
}
