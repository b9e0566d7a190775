package io.hirestage.plugin;

/** Where a plugin stands, as the admin console shows it. */
public enum PluginState {
    STARTED("Started"),
    STOPPED("Stopped"),
    DISABLED("Disabled"),
    /** Loaded, but its start or its extensions threw. */
    FAILED("Failed"),
    /** Its {@code Plugin-Requires} range excludes this portal's plugin API. */
    INCOMPATIBLE("Incompatible"),
    /** The file could not be loaded at all: not a plugin jar, or an id already taken. */
    REJECTED("Rejected");

    private final String displayName;

    PluginState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
