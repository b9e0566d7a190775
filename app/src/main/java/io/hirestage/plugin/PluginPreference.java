package io.hirestage.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An admin's choice to turn a plugin off (or back on); it outlives restarts. */
@Entity
@Table(name = "plugin_preference")
class PluginPreference {

    @Id
    @Column(name = "plugin_id", length = 100)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected PluginPreference() {
    }

    PluginPreference(String pluginId, boolean enabled) {
        this.pluginId = pluginId;
        this.enabled = enabled;
    }

    String getPluginId() {
        return pluginId;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
