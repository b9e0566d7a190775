package io.hirestage.plugin;

/**
 * What the portal answers a vendor's webhook call.
 *
 * @param status     the HTTP status: 202 accepted, 400 malformed, 401 bad signature, 404 unknown
 *                   provider, 413 too large
 * @param message    a short reason, safe to show the caller
 * @param accepted   events stored for processing
 * @param duplicates events already received before, acknowledged and ignored
 */
public record WebhookReceipt(int status, String message, int accepted, int duplicates) {

    static WebhookReceipt refused(int status, String message) {
        return new WebhookReceipt(status, message, 0, 0);
    }
}
