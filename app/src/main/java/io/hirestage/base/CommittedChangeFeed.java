package io.hirestage.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed changes to the views that are open. A view subscribes when it is attached,
 * unsubscribes when it is detached, and pushes the change to its browser itself
 * ({@code UI.access}). A subclass listens for its event after commit and calls {@link #deliver}.
 *
 * @param <C> what a subscriber receives
 */
public abstract class CommittedChangeFeed<C> {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final List<Consumer<C>> subscribers = new CopyOnWriteArrayList<>();

    /** Starts receiving changes; run the returned handle to stop. */
    public Runnable subscribe(Consumer<C> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Gives the change to every subscriber; one that fails does not keep it from the others. */
    protected void deliver(C change) {
        for (Consumer<C> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                log.warn("A view failed to take a change", e);
            }
        }
    }
}
