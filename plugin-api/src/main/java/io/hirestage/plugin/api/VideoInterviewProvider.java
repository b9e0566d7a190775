package io.hirestage.plugin.api;

import java.util.Set;

/**
 * A video interview vendor: live interviews, one-way (recorded) interviews, or both.
 *
 * <p>The portal calls these methods off the UI thread; each may block on the vendor's API.
 */
public interface VideoInterviewProvider extends StageProvider {

    /** Which kinds of interview this vendor runs with the current settings. */
    Set<VideoInterviewMode> modes();

    /**
     * Invites a candidate to record answers to questions before a deadline. The same
     * {@link OneWayInterviewRequest#idempotencyKey()} twice invites once.
     *
     * @throws ProviderException when the vendor refuses or cannot be reached, or one-way interviews
     *                           are not among {@link #modes()}
     */
    VideoInvitation inviteOneWay(OneWayInterviewRequest request);

    /**
     * Where an interview stands and, once the candidate answered, the responses.
     *
     * @throws ProviderException when the interview is unknown to the vendor or it cannot be reached
     */
    VideoInterviewResult result(String interviewId);
}
