package io.hirestage.search;

import io.hirestage.search.IndexChangeLog.Change;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the change log, so that a change made through another portal node sharing the database
 * reaches this node's index within a second or two. The node that made a change indexes it at once
 * after its commit; this catches the others. Changes are read by time over a window, not by id: a
 * transaction that took an id early may commit after one that took a later id.
 */
@Component
class IndexFollower implements SmartLifecycle {

    /** How late a change may commit after it was recorded and still be followed; also covers clocks a little apart. */
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** How long the change log keeps a change; an index older than this is rebuilt when the node starts. */
    static final Duration KEPT = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final CandidateIndex index;
    private final IndexChangeLog changes;
    private final Clock clock;
    private final Duration every;
    private final Map<Long, Instant> followed = new HashMap<>();
    private ScheduledExecutorService timer;
    private Instant lastForgetting = Instant.EPOCH;

    IndexFollower(CandidateIndex index, IndexChangeLog changes, Clock clock,
                  @Value("${hirestage.search.follow-every:1s}") Duration every) {
        this.index = index;
        this.changes = changes;
        this.clock = clock;
        this.every = every;
    }

    @Override
    public void start() {
        // What is in the log now was indexed at start (or caught up by CandidateIndex), so following begins after it.
        changes.since(clock.instant().minus(WINDOW)).forEach(change -> followed.put(change.id(), clock.instant()));
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-index-follower").daemon().factory());
        timer.scheduleWithFixedDelay(this::followSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void followSafely() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.warn("Following the search index's change log failed; trying again", e);
        }
    }

    /** Indexes the candidates of changes not followed yet. */
    void follow() {
        Instant now = clock.instant();
        Set<Long> candidates = new LinkedHashSet<>();
        for (Change change : changes.since(now.minus(WINDOW))) {
            if (followed.putIfAbsent(change.id(), now) == null) {
                candidates.add(change.candidateId());
            }
        }
        followed.values().removeIf(seen -> seen.isBefore(now.minus(WINDOW.multipliedBy(2))));
        if (!candidates.isEmpty()) {
            index.reindex(candidates);
        }
        if (lastForgetting.isBefore(now.minus(Duration.ofHours(1)))) {
            changes.forgetBefore(now.minus(KEPT));
            lastForgetting = now;
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }
}
