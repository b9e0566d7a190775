package io.hirestage.pipeline;

import io.hirestage.jobrole.Stage;
import java.time.Instant;

/**
 * One line of a candidate's activity timeline.
 *
 * @param fromStage for a move, where the candidate was
 * @param toStage   for a move, where they went; for other entries the stage they were in
 * @param revisedAt for a note: when its author last edited it (its detail is then the latest text) or
 *                  deleted it (its kind is then {@link ActivityKind#NOTE_DELETED} and its text gone); otherwise {@code null}
 * @param yours     for a note that stands: whether the logged-in person wrote it, and so may edit or delete it
 */
public record ActivityEntry(Long id, Long applicationId, String openingTitle, ActivityKind kind, Stage fromStage, Stage toStage,
                            String detail, String actorName, Instant at, Instant revisedAt, boolean yours) {

    /** The entry in words: "Moved from Resume screening to Skills assessment". */
    public String summary() {
        return switch (kind) {
            case MOVED -> "Moved from " + fromStage.displayName() + " to " + toStage.displayName()
                    + (detail == null ? "" : ", " + detail);
            case ADDED -> "Added to the opening in " + toStage.displayName();
            default -> kind.displayName() + (detail == null ? "" : ": " + detail);
        };
    }

    /** Whether this note was edited after it was written. */
    public boolean edited() {
        return kind == ActivityKind.NOTE && revisedAt != null;
    }

    ActivityEntry revised(ActivityKind kind, String detail, Instant revisedAt) {
        return new ActivityEntry(id, applicationId, openingTitle, kind, fromStage, toStage, detail, actorName, at, revisedAt, yours);
    }

    ActivityEntry yours(boolean yours) {
        return new ActivityEntry(id, applicationId, openingTitle, kind, fromStage, toStage, detail, actorName, at, revisedAt, yours);
    }
}
