package io.hirestage.pipeline;

import java.util.List;

/**
 * What a bulk move or rejection did: each application is changed on its own, so one refusal leaves
 * the others done.
 *
 * @param refused for each application left as it was, why
 */
public record BulkOutcome(int changed, List<String> refused) {

    public BulkOutcome {
        refused = List.copyOf(refused);
    }
}
