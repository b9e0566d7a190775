/**
 * The plugin host: a PF4J plugin manager over the plugins folder, and what admins see of it. A plugin
 * jar that cannot be loaded is recorded with its reason and the portal starts without it.
 */
package io.hirestage.plugin;
