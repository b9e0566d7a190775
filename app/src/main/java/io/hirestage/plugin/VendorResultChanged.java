package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.VideoInterviewResult;
import java.util.Optional;

/**
 * Published (as a Spring application event) when an invitation's status or result changed, once
 * the transaction that stores it is over, so no listener can undo the host's record.
 *
 * @param result the vendor's latest trusted answer as the plugin API typed it (an
 *               {@link AssessmentResult} or {@link VideoInterviewResult}), or {@code null} before there is one
 */
public record VendorResultChanged(VendorInvitationView invitation, Object result) {

    public Optional<AssessmentResult> assessmentResult() {
        return result instanceof AssessmentResult assessment ? Optional.of(assessment) : Optional.empty();
    }

    public Optional<VideoInterviewResult> videoInterviewResult() {
        return result instanceof VideoInterviewResult video ? Optional.of(video) : Optional.empty();
    }
}
