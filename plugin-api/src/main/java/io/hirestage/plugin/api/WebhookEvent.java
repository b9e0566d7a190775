package io.hirestage.plugin.api;

/**
 * One thing a vendor reports in a webhook. The portal records each {@code eventId} once (a vendor
 * that delivers twice is acknowledged and ignored) and then asks the provider for the current state
 * of {@code subjectId}, so events carry no results themselves.
 *
 * @param eventId   the vendor's unique id of the event
 * @param subjectId the invitation or interview id the event is about
 * @param type      the vendor's event type, for the audit trail, for example "assessment.completed"
 */
public record WebhookEvent(String eventId, String subjectId, String type) {
}
