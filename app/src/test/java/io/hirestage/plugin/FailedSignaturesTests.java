package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailedSignaturesTests {

    private final MovableClock clock = new MovableClock();

    @Test
    void anAddressIsRefusedAfterTooManyFailuresInAWindowAndHeardAgainAfterIt() {
        FailedSignatures failures = new FailedSignatures(3, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(failures.tooMany("203.0.113.7")).isFalse();
            failures.failed("sandbox-assessment", "203.0.113.7", "bad signature");
        }

        assertThat(failures.tooMany("203.0.113.7")).isTrue();
        assertThat(failures.tooMany("198.51.100.1")).as("another address is not refused").isFalse();

        clock.advance(Duration.ofMinutes(10));
        assertThat(failures.tooMany("203.0.113.7")).isFalse();
        failures.failed("sandbox-assessment", "203.0.113.7", "bad signature");
        assertThat(failures.tooMany("203.0.113.7")).as("a new window counts from one").isFalse();
    }
}
