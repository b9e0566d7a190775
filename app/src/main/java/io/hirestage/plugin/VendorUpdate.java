package io.hirestage.plugin;

/**
 * Published (as a Spring application event) when a vendor reports that something changed, after
 * the report is safely stored. Whoever owns the invitation or interview listens for it and asks the
 * provider for the current state.
 *
 * @param subjectId the invitation or interview id at the vendor
 * @param eventType the vendor's name for what happened
 */
public record VendorUpdate(String providerId, String subjectId, String eventType) {
}
