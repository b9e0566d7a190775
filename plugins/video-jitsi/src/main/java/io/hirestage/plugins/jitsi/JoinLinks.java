package io.hirestage.plugins.jitsi;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each participant's own link to the interview's room. With sign-in, the link carries their signed
 * pass ({@code ?jwt=}), valid from {@value MeetingTokens#EARLY_JOIN_MINUTES} minutes before the start
 * until the grace period after the end. Without sign-in, the room alone would give everyone the same
 * link; so the link fills in the participant's name and address for the meeting page
 * ({@code #userInfo.displayName=…}), which Jitsi Meet reads in the browser and never sends to the
 * server.
 */
final class JoinLinks {

    private JoinLinks() {
    }

    /** The links, keyed by each participant's address exactly as the portal sent it. */
    static Map<String, URI> of(JitsiSettings settings, Booking booking, List<CheckedRequest.Attendee> participants) {
        String room = settings.roomAddress(booking.room()).toString();
        Map<String, URI> links = new LinkedHashMap<>();
        for (CheckedRequest.Attendee participant : participants) {
            String link = settings.tokens() == null
                    ? room + "#userInfo.displayName=" + jsonInUrl(participant.name()) + "&userInfo.email=" + jsonInUrl(participant.email())
                    : room + "?jwt=" + settings.tokens().sign(booking.room(), participant.name(), participant.email(), !participant.candidate(),
                    notBefore(booking), expires(settings, booking));
            links.put(participant.email(), URI.create(link));
        }
        return links;
    }

    static Instant notBefore(Booking booking) {
        return booking.start().minus(Duration.ofMinutes(MeetingTokens.EARLY_JOIN_MINUTES));
    }

    static Instant expires(JitsiSettings settings, Booking booking) {
        return booking.end().plus(settings.grace());
    }

    /** A JSON string, percent-encoded as Jitsi Meet decodes URL settings (decodeURIComponent, then JSON.parse). */
    private static String jsonInUrl(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", c));
                    } else {
                        json.appendCodePoint(c);
                    }
                }
            }
        });
        json.append('"');
        // URLEncoder writes a space as '+', which decodeURIComponent leaves as it is.
        return URLEncoder.encode(json.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
