/** Test providers that use what plugin API 1.1 added; packed into a plugin jar by {@link io.hirestage.plugin.TestPluginJar}. */
package io.hirestage.plugin.api11;
