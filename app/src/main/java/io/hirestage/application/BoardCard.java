package io.hirestage.application;

import io.hirestage.candidate.SourcingChannel;
import io.hirestage.jobrole.Stage;
import java.time.Duration;
import java.time.Instant;

/**
 * A candidate's card on the board.
 *
 * @param latestStep the newest vendor invitation of the application, {@code null} when none was sent
 */
public record BoardCard(long applicationId, long version, long candidateId, String candidateName, SourcingChannel channel,
                        Stage stage, Instant stageEnteredAt, VendorStepView latestStep) {

    public ApplicationRef ref() {
        return new ApplicationRef(applicationId, version);
    }

    /** How long the candidate has been in the stage, as a recruiter says it: "3 d", "5 h", "just now". */
    public String timeInStage(Instant now) {
        Duration waited = Duration.between(stageEnteredAt, now);
        if (waited.toDays() >= 1) {
            return waited.toDays() + " d";
        }
        if (waited.toHours() >= 1) {
            return waited.toHours() + " h";
        }
        return waited.toMinutes() >= 1 ? waited.toMinutes() + " min" : "just now";
    }

    /** The latest score or invitation state: "Backend skills 82 %", "Video interview invited". */
    public String latestResult() {
        if (latestStep == null) {
            return "";
        }
        if (latestStep.score() != null && latestStep.maxScore() != null && latestStep.maxScore() > 0) {
            return latestStep.what() + " " + Math.round(100.0 * latestStep.score() / latestStep.maxScore()) + " %";
        }
        return latestStep.what() + ": " + latestStep.status().displayName().toLowerCase();
    }
}
