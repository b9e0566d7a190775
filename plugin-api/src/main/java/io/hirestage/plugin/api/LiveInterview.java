package io.hirestage.plugin.api;

import java.net.URI;
import java.util.Map;

/**
 * A booked live interview.
 *
 * @param interviewId the vendor's identifier, used to ask for the result
 * @param joinLinks   each participant's own link, keyed by their email address
 */
public record LiveInterview(String interviewId, Map<String, URI> joinLinks) {

    /** Copies the map so the record stays immutable. */
    public LiveInterview {
        joinLinks = Map.copyOf(joinLinks);
    }
}
