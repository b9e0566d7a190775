/**
 * The audit trail: an append-only log of who changed what and when. Services record into it
 * through {@link io.hirestage.audit.AuditLog} in the same transaction as the change; admins read it.
 */
package io.hirestage.audit;
