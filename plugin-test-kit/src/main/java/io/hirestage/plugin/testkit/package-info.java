/**
 * Contract tests for Hirestage plugins. A plugin's test class extends the contract of its extension
 * point, says how to create the provider with settings for its mock vendor, and how to make the mock
 * vendor finish an invitation; the inherited tests then check what the portal relies on: a valid
 * descriptor and settings schema, an invitation round trip, idempotency keys, scores within bounds,
 * cancellation, erasure and webhook signatures.
 */
package io.hirestage.plugin.testkit;
