package io.hirestage.plugin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir {@code hirestage.plugins.dir}: the folder the portal loads plugin jars from
 */
@ConfigurationProperties("hirestage.plugins")
record PluginHostProperties(@DefaultValue("plugins") Path dir) {
}
