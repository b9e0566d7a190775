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
 * are handed on in the background by {@link WebhookEventDispatcher}.
 */
@Service
public class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    private final ProviderRegistry registry;
    private final ReceivedWebhookEventRepository events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookIntake(ProviderRegistry registry, ReceivedWebhookEventRepository events, TransactionTemplate transaction, Clock clock) {
        this.registry = registry;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Verifies, parses and stores a webhook call; never throws for bad input. */
    public WebhookReceipt receive(String providerId, Map<String, List<String>> headers, byte[] body) {
        Optional<WebhookReceiver> receiver = registry.find(providerId).map(RegisteredProvider::instance)
                .filter(WebhookReceiver.class::isInstance).map(WebhookReceiver.class::cast);
        if (receiver.isEmpty()) {
            return WebhookReceipt.refused(404, "No started provider '" + providerId + "' takes webhooks");
        }
        List<WebhookEvent> parsed;
        try {
            parsed = receiver.get().receive(new WebhookRequest(headers, body));
        } catch (WebhookRejectedException e) {
            log.warn("Webhook for {} rejected: {}", providerId, e.getMessage());
            return e.isBadSignature() ? WebhookReceipt.refused(401, "Signature check failed")
                    : WebhookReceipt.refused(400, "The body could not be understood");
        } catch (RuntimeException e) {
            log.error("Provider {} failed to parse a webhook", providerId, e);
            return WebhookReceipt.refused(400, "The body could not be understood");
        }
        int accepted = 0;
        for (WebhookEvent event : parsed) {
            if (event == null || isBlank(event.eventId()) || isBlank(event.subjectId())) {
                return WebhookReceipt.refused(400, "An event lacks its id or subject");
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
                    truncate(event.eventId(), 200), truncate(event.subjectId(), 200),
                    truncate(event.type() == null ? "update" : event.type(), 100), clock.instant())));
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
