/**
 * Providers that misbehave the way real vendor plugins do: they hang, fail now and then, always
 * fail, answer with nothing, or throw while being created. Tests pack them into a plugin jar with
 * {@link io.hirestage.plugin.TestPluginJar}, so PF4J loads them through its own class loader as it
 * would any vendor's jar.
 */
package io.hirestage.plugin.misbehaving;
