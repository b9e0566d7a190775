package io.hirestage.pipeline;

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

    /** The latest score or invitation state, short enough for a card: "Assessment 82 %", "Video interview: invited". */
    public String latestResult() {
        if (latestStep == null) {
            return "";
        }
        String what = latestStep.stage() == Stage.SKILLS_ASSESSMENT ? "Assessment" : latestStep.stage().displayName();
        return latestStep.percent().map(percent -> what + " " + percent + " %")
                .orElseGet(() -> what + ": " + latestStep.status().displayName().toLowerCase());
    }
}
