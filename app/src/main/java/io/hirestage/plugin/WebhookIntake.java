package io.hirestage.plugin;

import io.hirestage.plugin.api.WebhookEvent;
import io.hirestage.plugin.api.WebhookReceiver;
import io.hirestage.plugin.api.WebhookRejectedException;
import io.hirestage.plugin.api.WebhookRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a vendor's webhook call: the provider verifies and parses it, each event is stored once
 * (a replayed event id is acknowledged and ignored), and the answer goes back at once; the events
 * are handed on in the background by {@link WebhookEventDispatcher}. Failed signatures are counted
 * per address by {@link FailedSignatures}; stored events are purged by {@link WebhookEventPurge}.
 */
@Service
public class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);
    /** The columns' lengths. */
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_TYPE_LENGTH = 100;

    private final ProviderRegistry registry;
    private final ReceivedWebhookEventRepository events;
    private final TransactionTemplate transaction;
    private final FailedSignatures failedSignatures;
    private final Clock clock;

    WebhookIntake(ProviderRegistry registry, ReceivedWebhookEventRepository events, TransactionTemplate transaction,
                  FailedSignatures failedSignatures, Clock clock) {
        this.registry = registry;
        this.events = events;
        this.transaction = transaction;
        this.failedSignatures = failedSignatures;
        this.clock = clock;
    }

    /**
     * Verifies, parses and stores a webhook call; never throws for bad input.
     *
     * @param clientAddress where the call came from, as the servlet container sees it
     */
    public WebhookReceipt receive(String providerId, String clientAddress, Map<String, List<String>> headers, byte[] body) {
        if (failedSignatures.tooMany(clientAddress)) {
            return WebhookReceipt.refused(429, "Too many failed signatures from this address; try again later");
        }
        Optional<WebhookReceiver> receiver = registry.find(providerId).map(RegisteredProvider::instance)
                .filter(WebhookReceiver.class::isInstance).map(WebhookReceiver.class::cast);
        if (receiver.isEmpty()) {
            return WebhookReceipt.refused(404, "No started provider '" + providerId + "' takes webhooks");
        }
        List<WebhookEvent> parsed;
        try {
            parsed = receiver.get().receive(new WebhookRequest(headers, body));
        } catch (WebhookRejectedException e) {
            if (e.isBadSignature()) {
                failedSignatures.failed(providerId, clientAddress, e.getMessage());
                return WebhookReceipt.refused(401, "Signature check failed");
            }
            log.warn("Webhook for {} rejected: {}", providerId, e.getMessage());
            return WebhookReceipt.refused(400, "The body could not be understood");
        } catch (RuntimeException e) {
            log.error("Provider {} failed to parse a webhook", providerId, e);
            return WebhookReceipt.refused(400, "The body could not be understood");
        }
        int accepted = 0;
        for (WebhookEvent event : parsed) {
            if (event == null || isBlank(event.eventId()) || isBlank(event.subjectId())) {
                return WebhookReceipt.refused(400, "An event lacks its id or subject");
            }
            // Refused, not cut: two long ids that share their first characters would be taken for one event.
            if (event.eventId().length() > MAX_ID_LENGTH || event.subjectId().length() > MAX_ID_LENGTH
                    || event.type() != null && event.type().length() > MAX_TYPE_LENGTH) {
                return WebhookReceipt.refused(400, "An event's id or subject is longer than " + MAX_ID_LENGTH
                        + " characters, or its type longer than " + MAX_TYPE_LENGTH);
            }
            if (store(providerId, event)) {
                accepted++;
            }
        }
        return new WebhookReceipt(202, "Accepted", accepted, parsed.size() - accepted);
    }

    /** Stores an event unless its id was seen before; the unique key settles a race between two deliveries. */
    private boolean store(String providerId, WebhookEvent event) {
        if (events.existsByProviderIdAndEventId(providerId, event.eventId())) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> events.saveAndFlush(new ReceivedWebhookEvent(providerId,
                    event.eventId(), event.subjectId(), event.type() == null ? "update" : event.type(), clock.instant())));
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
