/** Admin > Plugins: what the plugin host loaded, and why a plugin did not start. */
package io.hirestage.plugin.ui;
