package io.hirestage.plugin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands {@link VendorResultChanged} events to the views that are open, once the change is
 * committed. A view subscribes when it is attached and unsubscribes when it is detached; it pushes
 * the change to its browser itself ({@code UI.access}).
 */
@Component
public class VendorResultFeed {

    private static final Logger log = LoggerFactory.getLogger(VendorResultFeed.class);

    private final List<Consumer<VendorInvitationView>> subscribers = new CopyOnWriteArrayList<>();

    /** Starts receiving changes; run the returned handle to stop. */
    public Runnable subscribe(Consumer<VendorInvitationView> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(VendorResultChanged change) {
        for (Consumer<VendorInvitationView> subscriber : subscribers) {
            try {
                subscriber.accept(change.invitation());
            } catch (RuntimeException e) {
                log.warn("A view failed to take a vendor result change", e);
            }
        }
    }
}
