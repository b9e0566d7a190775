package io.hirestage.plugin.api;

import java.util.List;

/**
 * Where a video interview stands and what the candidate answered.
 *
 * @param status    where the interview stands
 * @param responses one per answered question, in question order; empty until answered
 */
public record VideoInterviewResult(Status status, List<VideoResponse> responses) {

    /** Copies the list so the record stays immutable. */
    public VideoInterviewResult {
        responses = List.copyOf(responses);
    }

    /** Where an interview stands at the vendor. */
    public enum Status {
        /** Sent; no answers yet. */
        INVITED,
        /** All answers are in. */
        COMPLETED,
        /** The deadline passed without answers. */
        EXPIRED,
        /** Withdrawn by the portal or the vendor. */
        CANCELLED
    }
}
