package io.hirestage.plugin.api;

import java.net.URI;
import java.util.Map;

/**
 * A booked live interview.
 *
 * @param interviewId the vendor's identifier, used to ask for the result
 * @param joinLinks   each participant's own link, keyed by their email address
 * @param calendar    an iCalendar (RFC 5545) invitation for the interview that the portal may attach to
 *                    its emails, or {@code null} when the vendor sends its own; since API 1.1. It must
 *                    not carry anyone's join link, since every participant receives the same file.
 */
public record LiveInterview(String interviewId, Map<String, URI> joinLinks, String calendar) {

    /** Copies the map so the record stays immutable. */
    public LiveInterview {
        joinLinks = Map.copyOf(joinLinks);
    }

    /** A booked interview as API 1.0 made it, without a calendar invitation. */
    public LiveInterview(String interviewId, Map<String, URI> joinLinks) {
        this(interviewId, joinLinks, null);
    }
}
