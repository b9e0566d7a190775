package io.hirestage.plugin;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands stored webhook events on as {@link VendorUpdate}s, off the request thread, one node at a time. An event is
 * marked processed in the same transaction its listeners run in, so a crash hands it on again
 * rather than losing it.
 */
@Component
class WebhookEventDispatcher {

    private final ReceivedWebhookEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    WebhookEventDispatcher(ReceivedWebhookEventRepository events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Run by the {@code webhook-dispatch} task (see {@link BackgroundTasks}). */
    @Transactional
    public void dispatchPending() {
        for (ReceivedWebhookEvent event : events.findByProcessedAtIsNullOrderById(Limit.of(100))) {
            publisher.publishEvent(new VendorUpdate(event.getProviderId(), event.getSubjectId(), event.getEventType()));
            event.markProcessed(clock.instant());
        }
    }
}
