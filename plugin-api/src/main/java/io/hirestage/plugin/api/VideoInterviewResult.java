package io.hirestage.plugin.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Where a video interview stands and what came of it.
 *
 * @param status       where the interview stands
 * @param recordingUrl the whole recording of a live interview, or {@code null}
 * @param responses    for a one-way interview, one per answered question in question order; empty
 *                     until answered and for live interviews
 * @param ratings      the vendor's ratings per competency in percent (0 to 100), may be empty
 */
public record VideoInterviewResult(Status status, URI recordingUrl, List<VideoResponse> responses,
                                   Map<String, Integer> ratings) {

    /** Copies the collections so the record stays immutable. */
    public VideoInterviewResult {
        responses = List.copyOf(responses);
        ratings = Map.copyOf(ratings);
    }

    /** Where an interview stands at the vendor. */
    public enum Status {
        /** Sent or booked; not held or answered yet. */
        INVITED,
        /** Held, or all answers are in. */
        COMPLETED,
        /** The deadline passed without answers. */
        EXPIRED,
        /** Withdrawn by the portal or the vendor. */
        CANCELLED
    }
}
