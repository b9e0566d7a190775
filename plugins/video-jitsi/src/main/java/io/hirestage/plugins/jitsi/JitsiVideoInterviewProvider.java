package io.hirestage.plugins.jitsi;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SettingsSchema;
import io.hirestage.plugin.api.VideoInterviewMode;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Live interviews on Jitsi Meet. Jitsi has no booking API: a room exists while someone is in it. So
 * booking means choosing a room name nobody can guess, keeping it for the request's idempotency key
 * in the portal's storage, and handing each participant a link of their own; with sign-in, the link
 * carries a pass signed for a self-hosted server (HS256) or for JaaS by 8x8 (RS256) that makes
 * interviewers moderators and stops working after the interview. The only call over the network is
 * the admin's connection test.
 *
 * <p>Jitsi keeps no outcome: an interview is invited until the portal cancels it, with no recording,
 * answers or ratings (the interviewers' scorecards carry the result). A cancelled interview's links
 * still open the room, since a signed pass cannot be taken back, so {@link Capability#CANCEL} is not
 * declared; neither is {@link Capability#ERASE_AT_VENDOR} (see the README).
 */
@Extension
public class JitsiVideoInterviewProvider implements VideoInterviewProvider {

    static final Duration CONNECTION_TEST_TIMEOUT = Duration.ofSeconds(5);

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("video-jitsi", "Jitsi Meet live interviews",
            "Jitsi Meet (meet.jit.si, your own server, or JaaS by 8x8)",
            "Live video interviews on Jitsi Meet: a room nobody can guess per interview, a join link per participant and a calendar "
                    + "invitation. Optionally signed links for a self-hosted Jitsi server or JaaS, where interviewers join as moderators.",
            URI.create("https://github.com/hirestage/hirestage#jitsi-meet-live-interviews"));

    private static final DateTimeFormatter READABLE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Duration connectionTestTimeout;
    private final RandomNames names = new RandomNames();
    private volatile State state;

    /** What the latest settings made: a working setup, or the reason they cannot work. Swapped in whole. */
    private sealed interface State permits Ready, Refused {
    }

    private record Ready(JitsiSettings settings, Bookings bookings, HttpClient http, Clock clock) implements State {
    }

    private record Refused(String problem) implements State {
    }

    /** As PF4J makes it. */
    public JitsiVideoInterviewProvider() {
        this(CONNECTION_TEST_TIMEOUT);
    }

    /** With a shorter connection test time-out, for tests of a server that does not answer. */
    JitsiVideoInterviewProvider(Duration connectionTestTimeout) {
        this.connectionTestTimeout = connectionTestTimeout;
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public SettingsSchema settingsSchema() {
        return JitsiSettings.SCHEMA;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CANDIDATE_LINK);
    }

    @Override
    public Set<VideoInterviewMode> modes() {
        return Set.of(VideoInterviewMode.LIVE);
    }

    /**
     * Reads and checks the settings; with sign-in, also signs a pass and checks it with the key's
     * public half. Settings that cannot work are refused with the setting's label, and until better
     * ones are saved every call says the same.
     */
    @Override
    public void configure(ProviderContext context) {
        JitsiSettings settings;
        try {
            settings = JitsiSettings.read(context.settings());
            if (settings.tokens() != null) {
                settings.tokens().problemSigning(context.clock().instant()).ifPresent(problem -> {
                    throw new ProviderException(problem, false);
                });
            }
        } catch (ProviderException e) {
            swap(new Refused(e.getMessage()));
            throw e;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectionTestTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        swap(new Ready(settings, new Bookings(context.storage()), http, context.clock()));
    }

    /** Stops the HTTP client at once: a connection test still under way is cut short, nothing else needs the network. */
    @Override
    public void close() {
        State last = state;
        state = null;
        if (last instanceof Ready ready) {
            ready.http().shutdownNow();
        }
    }

    /** Whether the server serves Jitsi Meet at the address, and with sign-in, whether the key signs passes it would accept. */
    @Override
    public ConnectionCheck testConnection() {
        State current = state;
        if (current instanceof Refused refused) {
            return ConnectionCheck.failed(refused.problem());
        }
        if (!(current instanceof Ready ready)) {
            return ConnectionCheck.failed("The provider is not set up");
        }
        List<String> problems = new ArrayList<>();
        if (ready.settings().tokens() != null) {
            ready.settings().tokens().problemSigning(ready.clock().instant()).ifPresent(problems::add);
        }
        ConnectionCheck server = new JitsiServerCheck(ready.http(), connectionTestTimeout).check(ready.settings().meetingsBase());
        if (!server.ok()) {
            problems.addFirst(server.message());
        }
        if (!problems.isEmpty()) {
            return ConnectionCheck.failed(String.join(". ", problems));
        }
        return ConnectionCheck.ok(server.message() + (ready.settings().tokens() == null ? "; links need no sign-in"
                : "; a test pass signed with your " + (ready.settings().signIn() == SignIn.JAAS ? "private key" : "app secret")
                + " checks out (the server itself checks passes only when someone joins)"));
    }

    @Override
    public LiveInterview scheduleLive(LiveInterviewRequest request) {
        Ready ready = ready();
        CheckedRequest checked = CheckedRequest.of(request);
        JitsiSettings settings = ready.settings();
        Instant now = ready.clock().instant();
        refuseWhenOver(checked.end().plus(settings.grace()), checked.end(), now);
        Booking booking = ready.bookings().bookOnce(checked.idempotencyKey(), () -> new Booking(names.interviewId(),
                names.room(settings.roomPrefix()), checked.start(), checked.end(), now, false));
        // A repeated request keeps the first booking's times, which may have passed meanwhile.
        refuseWhenOver(JoinLinks.expires(settings, booking), booking.end(), now);
        return new LiveInterview(booking.interviewId(), JoinLinks.of(settings, booking, checked.participants()),
                CalendarInvitation.of(booking, checked, settings.tokens() == null ? null : settings.grace()).text());
    }

    @Override
    public VideoInvitation inviteOneWay(OneWayInterviewRequest request) {
        throw new ProviderException("Jitsi Meet runs live interviews only; choose a one-way video provider for this stage", false);
    }

    /** Invited while booked, cancelled once the portal cancelled it: Jitsi keeps no outcome, recording or ratings. */
    @Override
    public VideoInterviewResult result(String interviewId) {
        Booking booking = booked(ready(), interviewId);
        return new VideoInterviewResult(booking.cancelled() ? VideoInterviewResult.Status.CANCELLED : VideoInterviewResult.Status.INVITED,
                null, List.of(), Map.of());
    }

    /**
     * Records the cancellation, so the portal sees the interview as cancelled. The links still open
     * the room (Jitsi has no bookings to withdraw, and a signed pass cannot be taken back before it
     * expires), which is why this provider does not declare {@link Capability#CANCEL}.
     */
    @Override
    public void cancel(String interviewId) {
        Ready ready = ready();
        ready.bookings().cancel(booked(ready, interviewId));
    }

    /** Never called: this provider does not declare {@link Capability#ERASE_AT_VENDOR}. */
    @Override
    public void eraseCandidate(String candidateEmail) {
        throw new ProviderException("This plugin cannot erase anything at the Jitsi server; ask whoever runs it (8x8 for JaaS) to "
                + "erase the candidate", false);
    }

    private static Booking booked(Ready ready, String interviewId) {
        return ready.bookings().find(interviewId).orElseThrow(() -> new ProviderException(
                "This provider booked no interview " + shown(interviewId), false));
    }

    /** An id from the portal, shown in a message: without control characters, and cut short. */
    private static String shown(String interviewId) {
        String clean = CheckedRequest.text(interviewId, "without an id");
        return clean.length() <= 60 ? clean : clean.substring(0, 60) + "…";
    }

    private static void refuseWhenOver(Instant linksExpire, Instant end, Instant now) {
        if (!linksExpire.isAfter(now)) {
            throw new ProviderException("The interview ended at " + READABLE_TIME.format(end) + ", so its links would no longer work; "
                    + "book a new time", false);
        }
    }

    private Ready ready() {
        State current = state;
        if (current instanceof Ready ready) {
            return ready;
        }
        throw new ProviderException(current instanceof Refused refused ? refused.problem() : "The provider is not set up", false);
    }

    /**
     * Swaps in the new state, then lets go of the old one's HTTP client without waiting for it: a
     * connection test under way with it finishes, and the client is gone after that.
     */
    private void swap(State next) {
        State before = state;
        state = next;
        if (before instanceof Ready old) {
            old.http().shutdown();
        }
    }
}
