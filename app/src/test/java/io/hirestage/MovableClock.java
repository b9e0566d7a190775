package io.hirestage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in a test that must pass minutes without waiting for them. A test on the
 * shared database starts it in the past ({@link #startAgo}) and moves it no further than today, so
 * nothing it writes is dated in the future, where it would top every newest-first list other tests read.
 */
public final class MovableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void startAgo(Duration duration) {
        now = Instant.now().minus(duration);
    }

    public void reset() {
        now = Instant.now();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock outer = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return outer.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }
        };
    }
}
