package io.hirestage.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.CircuitStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The admin reads whether a provider is called now in plain words, with the time a pause ends. */
class CircuitWordsTests {

    @Test
    void eachStateInPlainWords() {
        assertThat(CircuitWords.of(new CircuitStatus(CircuitStatus.State.WORKING, null))).isEqualTo("Working");
        assertThat(CircuitWords.of(new CircuitStatus(CircuitStatus.State.PAUSED, Instant.parse("2026-12-05T14:05:00Z"))))
                .as("no one's zone known yet, so UTC says so").isEqualTo("Paused after repeated failures, retrying at 14:05 UTC");
        assertThat(CircuitWords.of(new CircuitStatus(CircuitStatus.State.TRYING_AGAIN, null)))
                .isEqualTo("Trying again after a pause; the next calls decide");
    }
}
