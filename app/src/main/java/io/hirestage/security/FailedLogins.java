package io.hirestage.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recent failed logins per key (a user name or a client address), in this node's memory: enough
 * failures within the window lock the key for a while. The cache is bounded in size and forgets a key
 * once its failures and lock are over, so a flood of invented user names cannot fill the memory.
 */
final class FailedLogins {

    /** Keys tracked at most; beyond, the least recently used are forgotten. */
    static final long MAX_TRACKED = 100_000;

    /** The failures still inside the window, oldest first, and the end of a lock if one is on. */
    private record Failures(List<Instant> recent, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Cache<String, Failures> byKey;

    FailedLogins(int maxFailures, Duration window, Duration lockDuration) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
        this.byKey = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(window.plus(lockDuration)).build();
    }

    boolean isLocked(String key, Instant now) {
        Failures failures = byKey.getIfPresent(key);
        return failures != null && failures.lockedAt(now);
    }

    /** Counts a failure; says whether it is the one that locks the key. */
    boolean countFailure(String key, Instant now) {
        AtomicBoolean locks = new AtomicBoolean();
        byKey.asMap().compute(key, (k, before) -> {
            if (before != null && before.lockedAt(now)) {
                // A request that passed the check just before the lock began: the lock stands as it is.
                return before;
            }
            List<Instant> recent = new ArrayList<>();
            if (before != null && before.lockedUntil() == null) {
                before.recent().stream().filter(at -> at.isAfter(now.minus(window))).forEach(recent::add);
            }
            recent.add(now);
            if (recent.size() >= maxFailures) {
                locks.set(true);
                return new Failures(List.of(), now.plus(lockDuration));
            }
            return new Failures(List.copyOf(recent), null);
        });
        return locks.get();
    }

    void forget(String key) {
        byKey.invalidate(key);
    }
}
