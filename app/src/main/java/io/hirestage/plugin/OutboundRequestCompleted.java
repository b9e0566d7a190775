package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.VideoInvitation;
import java.util.Optional;

/**
 * Published (as a Spring application event) when a request to a vendor has succeeded or failed for
 * good, once the transaction that records it is over. Features take it in a transaction of their
 * own ({@code @TransactionalEventListener(phase = AFTER_COMMIT, fallbackExecution = true)} with
 * {@code REQUIRES_NEW}), so a feature that fails cannot undo the host's record.
 *
 * @param answer the vendor's answer as the plugin API typed it (an {@link AssessmentInvitation},
 *               {@link VideoInvitation} or {@link LiveInterview}; {@code "done"} for a cancellation or
 *               erasure), or {@code null} when the request failed
 */
public record OutboundRequestCompleted(OutboundRequestView request, Object answer) {

    public Optional<AssessmentInvitation> assessmentInvitation() {
        return answer instanceof AssessmentInvitation invitation ? Optional.of(invitation) : Optional.empty();
    }

    public Optional<VideoInvitation> videoInvitation() {
        return answer instanceof VideoInvitation invitation ? Optional.of(invitation) : Optional.empty();
    }

    public Optional<LiveInterview> liveInterview() {
        return answer instanceof LiveInterview interview ? Optional.of(interview) : Optional.empty();
    }
}
