package io.hirestage.pipeline;

import io.hirestage.jobrole.ApplicationStatus;
import io.hirestage.jobrole.Stage;
import java.time.Instant;
import java.util.Set;

/**
 * An application as views and other features see it.
 *
 * @param rejectionReason why it was rejected or withdrawn, {@code null} otherwise
 * @param version         pass it back when changing the application; a change made meanwhile is refused
 */
public record ApplicationView(Long id, Long candidateId, String candidateName, Long openingId, String openingTitle, Stage stage,
                              ApplicationStatus status, String rejectionReason, Instant stageEnteredAt, Instant createdAt,
                              Set<Long> interviewerIds, long version) {

    public ApplicationView {
        interviewerIds = Set.copyOf(interviewerIds);
    }
}
