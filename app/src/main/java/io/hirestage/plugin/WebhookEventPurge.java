package io.hirestage.plugin;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes webhook events handed on longer ago than {@code hirestage.webhooks.keep-events-for}
 * (30 days unless configured). They are kept that long only to recognise a vendor's repeated
 * delivery; a replay older than that does no harm, as an event only makes the portal read the
 * invitation's status from the vendor again. Events not yet handed on are never deleted.
 */
@Component
class WebhookEventPurge {

    private static final Logger log = LoggerFactory.getLogger(WebhookEventPurge.class);

    private final ReceivedWebhookEventRepository events;
    private final Duration keepFor;
    private final Clock clock;

    WebhookEventPurge(ReceivedWebhookEventRepository events, @Value("${hirestage.webhooks.keep-events-for:30d}") Duration keepFor,
                      Clock clock) {
        this.events = events;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    /** Run by the {@code webhook-purge} task (see {@link BackgroundTasks}); returns how many were deleted. */
    @Transactional
    public int purge() {
        int deleted = events.deleteProcessedReceivedBefore(clock.instant().minus(keepFor));
        if (deleted > 0) {
            log.info("Deleted {} webhook events received more than {} ago", deleted, keepFor);
        }
        return deleted;
    }
}
