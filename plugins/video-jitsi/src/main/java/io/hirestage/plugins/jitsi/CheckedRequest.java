package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A live interview request after checking what the portal passed on: a title, times that make an
 * interview, the candidate and at least one interviewer, each with an address of their own. Names
 * and titles come from people typing into the portal, so control characters are taken out before
 * they reach a token or the calendar file.
 *
 * @param title          what the calendar shows
 * @param start          when the interview starts
 * @param end            when it is booked to end
 * @param participants   the candidate and the interviewers, in the request's order
 * @param idempotencyKey the portal's key for the request
 */
record CheckedRequest(String title, Instant start, Instant end, List<Attendee> participants, String idempotencyKey) {

    static final int MAX_PARTICIPANTS = 50;
    static final Duration LONGEST = Duration.ofHours(24);
    private static final int MAX_TEXT = 200;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"<>(),;:\\\\\\[\\]\\p{Cntrl}]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+");

    /**
     * Someone who joins, checked.
     *
     * @param name      the name shown in the meeting, never blank
     * @param email     the address exactly as the portal sent it, the key of their join link
     * @param candidate whether they are the candidate (a guest) or an interviewer (a moderator)
     */
    record Attendee(String name, String email, boolean candidate) {
    }

    /** Copies the list so the record stays immutable. */
    CheckedRequest {
        participants = List.copyOf(participants);
    }

    /**
     * The request, checked.
     *
     * @throws ProviderException saying what is wrong with it
     */
    static CheckedRequest of(LiveInterviewRequest request) {
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()) {
            throw refused("The request has no idempotency key, so a repeated request could book the interview twice");
        }
        if (request.start() == null || request.duration() == null) {
            throw refused("The interview has no start time or length");
        }
        if (request.duration().isNegative() || request.duration().isZero()) {
            throw refused("The interview must last at least a minute");
        }
        if (request.duration().compareTo(LONGEST) > 0) {
            throw refused("An interview lasts at most " + LONGEST.toHours() + " hours");
        }
        return new CheckedRequest(text(request.title(), "Interview"), request.start(), request.start().plus(request.duration()),
                attendees(request.participants()), request.idempotencyKey());
    }

    private static List<Attendee> attendees(List<LiveInterviewRequest.Participant> participants) {
        if (participants.size() > MAX_PARTICIPANTS) {
            throw refused("An interview has at most " + MAX_PARTICIPANTS + " participants");
        }
        List<Attendee> attendees = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            LiveInterviewRequest.Participant participant = participants.get(i);
            String who = "Participant " + (i + 1);
            if (participant == null || participant.email() == null || !EMAIL.matcher(participant.email()).matches()
                    || participant.email().length() > 254) {
                throw refused(who + " has no valid email address, so they cannot be sent a link");
            }
            if (!addresses.add(participant.email().toLowerCase(Locale.ROOT))) {
                throw refused(who + " has the same email address as another participant; everyone needs a link of their own");
            }
            attendees.add(new Attendee(text(participant.name(), participant.candidate() ? "Candidate" : "Interviewer"), participant.email(),
                    participant.candidate()));
        }
        if (attendees.stream().noneMatch(Attendee::candidate)) {
            throw refused("The interview has no candidate");
        }
        if (attendees.stream().allMatch(Attendee::candidate)) {
            throw refused("The interview has no interviewer; someone has to open the meeting as its moderator");
        }
        return attendees;
    }

    /** The text without control characters, at most {@value #MAX_TEXT} characters, or the fallback when nothing is left. */
    static String text(String typed, String fallback) {
        String clean = typed == null ? "" : CONTROL.matcher(typed).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            return fallback;
        }
        if (clean.length() <= MAX_TEXT) {
            return clean;
        }
        // Never cut between the two halves of a character outside the basic plane (an emoji, say).
        int cut = Character.isHighSurrogate(clean.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return clean.substring(0, cut).strip();
    }

    /** The interviewers, who organise the interview. */
    List<Attendee> interviewers() {
        return participants.stream().filter(attendee -> !attendee.candidate()).toList();
    }

    private static ProviderException refused(String message) {
        return new ProviderException(message, false);
    }
}
