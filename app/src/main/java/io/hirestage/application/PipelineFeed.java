package io.hirestage.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands {@link PipelineChanged} events to the boards and profiles that are open, once the change is
 * committed, so that one recruiter sees another's move and a vendor's result without reloading. A
 * view subscribes when attached, unsubscribes when detached and pushes to its browser itself.
 */
@Component
public class PipelineFeed {

    private static final Logger log = LoggerFactory.getLogger(PipelineFeed.class);

    private final List<Consumer<PipelineChanged>> subscribers = new CopyOnWriteArrayList<>();

    /** Starts receiving changes; run the returned handle to stop. */
    public Runnable subscribe(Consumer<PipelineChanged> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(PipelineChanged change) {
        for (Consumer<PipelineChanged> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                log.warn("A view failed to take a pipeline change", e);
            }
        }
    }
}
