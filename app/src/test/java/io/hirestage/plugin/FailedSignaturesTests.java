package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedSignaturesTests {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anAddressIsRefusedAfterTooManyFailuresInAWindowAndHeardAgainAfterIt() {
        FailedSignatures failures = new FailedSignatures(3, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(failures.tooMany("203.0.113.7")).isFalse();
            failures.failed("sandbox-assessment", "203.0.113.7", "bad signature");
        }

        assertThat(failures.tooMany("203.0.113.7")).isTrue();
        assertThat(failures.tooMany("198.51.100.1")).as("another address is not refused").isFalse();

        now = now.plus(Duration.ofMinutes(10));
        assertThat(failures.tooMany("203.0.113.7")).isFalse();
        failures.failed("sandbox-assessment", "203.0.113.7", "bad signature");
        assertThat(failures.tooMany("203.0.113.7")).as("a new window counts from one").isFalse();
    }
}
