package io.hirestage.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaleCheckTests {

    private record Stored(long getVersion) implements Versioned {
    }

    @Test
    void theVersionThePersonSawPasses() {
        assertThatCode(() -> StaleCheck.require(new Stored(3), 3, "This opening")).doesNotThrowAnyException();
    }

    @Test
    void anOlderVersionIsRefusedInWordsThatNameTheThing() {
        assertThatThrownBy(() -> StaleCheck.require(new Stored(4), 3, "This opening"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("This opening was changed by someone else after you opened it; nothing was saved. Reload to see their change.");
    }

    @Test
    void theStateNowIsToldAndAskedForOnlyWhenStale() {
        assertThatThrownBy(() -> StaleCheck.require(5, 3, "Ada's application", () -> "now in Offer, active"))
                .hasMessageStartingWith("Ada's application was changed by someone else after you opened it (now in Offer, active);");
        assertThatCode(() -> StaleCheck.require(3, 3, "Ada's application", () -> {
            throw new AssertionError("the state is only read for a stale edit");
        })).doesNotThrowAnyException();
    }

    @Test
    void aConflictTheDatabaseFoundReadsTheSame() {
        assertThat(StaleCheck.message("This record")).startsWith("This record was changed by someone else after you opened it");
    }
}
