package io.hirestage.plugin.api;

import java.util.List;

/**
 * Implemented by a provider whose vendor pushes updates. The portal receives the call at
 * {@link ProviderContext#webhookUrl()}, rejects oversized bodies itself, and hands the request here.
 * A provider without it is polled instead.
 */
public interface WebhookReceiver {

    /**
     * Verifies the request (signature, timestamp) and parses its events. Called on a request
     * thread: do no vendor calls here.
     *
     * @throws WebhookRejectedException when the signature is wrong or the body cannot be parsed
     */
    List<WebhookEvent> receive(WebhookRequest request);

    /**
     * Whether the vendor is set up to send webhooks now (for example, a signing secret is set). While
     * it is not, the portal polls this provider as often as one without webhooks; while it is, only
     * now and then, as a safety net.
     */
    default boolean receivesWebhooks() {
        return true;
    }
}
