package io.hirestage.pipeline;

import io.hirestage.jobrole.Stage;
import java.time.Instant;

/**
 * One line of a candidate's activity timeline.
 *
 * @param fromStage for a move, where the candidate was
 * @param toStage   for a move, where they went; for other entries the stage they were in
 */
public record ActivityEntry(Long applicationId, String openingTitle, ActivityKind kind, Stage fromStage, Stage toStage, String detail,
                            String actorName, Instant at) {

    /** The entry in words: "Moved from Resume screening to Skills assessment". */
    public String summary() {
        return switch (kind) {
            case MOVED -> "Moved from " + fromStage.displayName() + " to " + toStage.displayName();
            case ADDED -> "Added to the opening in " + toStage.displayName();
            default -> kind.displayName() + (detail == null ? "" : ": " + detail);
        };
    }
}
