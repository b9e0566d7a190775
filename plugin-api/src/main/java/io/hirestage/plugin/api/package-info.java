/**
 * The Hirestage plugin API: the extension points through which a vendor plugin serves a hiring
 * stage, and the records they exchange with the portal.
 *
 * <p>A plugin implements one or more of {@link io.hirestage.plugin.api.AssessmentProvider},
 * {@link io.hirestage.plugin.api.VideoInterviewProvider} and
 * {@link io.hirestage.plugin.api.SalaryDataSource}, annotates each implementation with
 * {@code @org.pf4j.Extension}, and declares in its manifest which API versions it works with
 * ({@code Plugin-Requires}, checked against {@link io.hirestage.plugin.api.PluginApi#VERSION}).
 *
 * <p>This module depends on the JDK and PF4J only, so that a plugin never sees Spring, JPA or
 * Vaadin types and the portal can change those without breaking a plugin.
 */
package io.hirestage.plugin.api;
