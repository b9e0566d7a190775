package io.hirestage.plugin.ui;

import io.hirestage.base.ui.UserTime;
import io.hirestage.plugin.CircuitStatus;

/** Whether the portal calls a provider now, in the words the admin console uses everywhere. */
final class CircuitWords {

    private CircuitWords() {
    }

    static String of(CircuitStatus circuit) {
        return switch (circuit.state()) {
            case WORKING -> "Working";
            case PAUSED -> "Paused after repeated failures, retrying at " + UserTime.time(circuit.retryAt());
            case TRYING_AGAIN -> "Trying again after a pause; the next calls decide";
        };
    }
}
