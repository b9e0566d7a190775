package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.api.VideoInterviewProvider;
import java.util.function.BiFunction;

/**
 * The requests that change something at a vendor, each with the provider type it needs, the payload
 * it carries (stored as JSON) and how it is carried out. Reading calls are not here: they change
 * nothing and are simply made again.
 */
public enum OutboundOperation {
    ASSESSMENT_INVITE("Assessment invitation", AssessmentProvider.class, AssessmentRequest.class,
            (provider, payload) -> ((AssessmentProvider) provider).invite((AssessmentRequest) payload)),
    ASSESSMENT_CANCEL("Assessment cancellation", AssessmentProvider.class, String.class,
            (provider, invitationId) -> done(() -> ((AssessmentProvider) provider).cancel((String) invitationId))),
    ASSESSMENT_ERASE_CANDIDATE("Erasure of a candidate's assessments", AssessmentProvider.class, String.class,
            (provider, email) -> done(() -> ((AssessmentProvider) provider).eraseCandidate((String) email))),
    VIDEO_INVITE_ONE_WAY("One-way video interview invitation", VideoInterviewProvider.class, OneWayInterviewRequest.class,
            (provider, payload) -> ((VideoInterviewProvider) provider).inviteOneWay((OneWayInterviewRequest) payload)),
    VIDEO_SCHEDULE_LIVE("Live interview booking", VideoInterviewProvider.class, LiveInterviewRequest.class,
            (provider, payload) -> ((VideoInterviewProvider) provider).scheduleLive((LiveInterviewRequest) payload)),
    VIDEO_CANCEL("Video interview cancellation", VideoInterviewProvider.class, String.class,
            (provider, interviewId) -> done(() -> ((VideoInterviewProvider) provider).cancel((String) interviewId))),
    VIDEO_ERASE_CANDIDATE("Erasure of a candidate's interviews", VideoInterviewProvider.class, String.class,
            (provider, email) -> done(() -> ((VideoInterviewProvider) provider).eraseCandidate((String) email)));

    private final String displayName;
    private final Class<? extends StageProvider> providerType;
    private final Class<?> payloadType;
    private final BiFunction<StageProvider, Object, Object> action;

    OutboundOperation(String displayName, Class<? extends StageProvider> providerType, Class<?> payloadType,
                      BiFunction<StageProvider, Object, Object> action) {
        this.displayName = displayName;
        this.providerType = providerType;
        this.payloadType = payloadType;
        this.action = action;
    }

    /** Whether the request erases a person at the vendor. */
    public boolean isErasure() {
        return this == ASSESSMENT_ERASE_CANDIDATE || this == VIDEO_ERASE_CANDIDATE;
    }

    /** The erasure for a vendor of this provider type, which an invitation of this kind went to. */
    OutboundOperation erasure() {
        return AssessmentProvider.class.equals(providerType) ? ASSESSMENT_ERASE_CANDIDATE : VIDEO_ERASE_CANDIDATE;
    }

    /** What the request does, in words for admins. */
    public String displayName() {
        return displayName;
    }

    Class<? extends StageProvider> providerType() {
        return providerType;
    }

    Class<?> payloadType() {
        return payloadType;
    }

    Object carryOut(StageProvider provider, Object payload) {
        return action.apply(provider, payload);
    }

    private static String done(Runnable call) {
        call.run();
        return "done";
    }
}
