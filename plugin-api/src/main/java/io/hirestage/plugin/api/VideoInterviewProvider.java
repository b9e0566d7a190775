package io.hirestage.plugin.api;

import java.util.Set;

/**
 * A video interview vendor: live interviews, one-way (recorded) interviews, or both.
 */
public interface VideoInterviewProvider extends StageProvider {

    /** Which kinds of interview this vendor runs with the current settings. */
    Set<VideoInterviewMode> modes();

    /**
     * Books a live interview and returns a join link per participant. The same
     * {@link LiveInterviewRequest#idempotencyKey()} twice books once.
     *
     * @throws ProviderException when the vendor refuses or cannot be reached, or live interviews are
     *                           not among {@link #modes()}
     */
    LiveInterview scheduleLive(LiveInterviewRequest request);

    /**
     * Invites a candidate to record answers to questions before a deadline. The same
     * {@link OneWayInterviewRequest#idempotencyKey()} twice invites once.
     *
     * @throws ProviderException when the vendor refuses or cannot be reached, or one-way interviews
     *                           are not among {@link #modes()}
     */
    VideoInvitation inviteOneWay(OneWayInterviewRequest request);

    /**
     * Where an interview stands and, once held or answered, the recording, transcript and ratings.
     *
     * @throws ProviderException when the interview is unknown to the vendor or it cannot be reached
     */
    VideoInterviewResult result(String interviewId);

    /**
     * Cancels an interview; links stop working. Cancelling twice is not an error.
     *
     * @throws ProviderException when the vendor cannot be reached
     */
    void cancel(String interviewId);

    /**
     * Erases everything the vendor holds about a candidate, recordings included.
     *
     * @throws ProviderException when the vendor cannot be reached
     */
    void eraseCandidate(String candidateEmail);
}
