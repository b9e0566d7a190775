package io.hirestage.plugins.jitsi;

import static io.hirestage.plugins.jitsi.Interviews.ADA;
import static io.hirestage.plugins.jitsi.Interviews.IAN;
import static io.hirestage.plugins.jitsi.Interviews.MIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.LiveInterviewRequest.Participant;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewMode;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.testkit.TestProviderContext;
import io.hirestage.plugin.testkit.VideoInterviewProviderContract;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The kit's contract and what a recruiter and an admin notice without sign-in: rooms nobody can
 * guess on the configured server, a link per participant, one booking per request, and every request
 * the portal should never send refused in words.
 */
class WithoutSignInTests extends VideoInterviewProviderContract<JitsiVideoInterviewProvider> {

    private static final MockJitsiServer JITSI = new MockJitsiServer();

    @AfterAll
    static void stopJitsi() {
        JITSI.close();
    }

    @Override
    protected JitsiVideoInterviewProvider createProvider() {
        return new JitsiVideoInterviewProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(JitsiSettings.SERVER_URL, JITSI.address(), JitsiSettings.SIGN_IN, SignIn.NONE.choice(),
                JitsiSettings.ROOM_PREFIX, "acme-interview");
    }

    /** Never called: the kit asks for it only for one-way interviews, and Jitsi keeps no outcome of a live one. */
    @Override
    protected void completeAtVendor(String interviewId) {
        throw new UnsupportedOperationException("A Jitsi interview has no outcome to complete");
    }

    private Instant inTwoDays() {
        return context.clock().instant().plus(Duration.ofDays(2));
    }

    @Test
    void runsLiveInterviewsOnlyAndDeclaresOnlyTheCandidatesLink() {
        assertThat(provider.modes()).containsExactly(VideoInterviewMode.LIVE);
        assertThat(provider.capabilities()).containsExactly(Capability.CANDIDATE_LINK);
        assertThatThrownBy(() -> provider.inviteOneWay(new OneWayInterviewRequest("Ada Lovelace", "ada@example.org", List.of("Why us?"),
                inTwoDays(), "key-1"))).isInstanceOf(ProviderException.class)
                .hasMessage("Jitsi Meet runs live interviews only; choose a one-way video provider for this stage");
    }

    @Test
    void eachInterviewGetsARoomNobodyCanGuessOnTheConfiguredServer() {
        LiveInterview first = provider.scheduleLive(Interviews.request(inTwoDays(), "key-" + UUID.randomUUID()));
        LiveInterview second = provider.scheduleLive(Interviews.request(inTwoDays(), "key-" + UUID.randomUUID()));

        String room = roomOf(first.joinLinks().get("ada@example.org"));
        assertThat(room).as("the prefix, then 26 base32 characters: 130 random bits").matches("acme-interview-[a-z2-7]{26}");
        assertThat(roomOf(second.joinLinks().get("ada@example.org"))).isNotEqualTo(room);
        assertThat(room).doesNotContainIgnoringCase("ada").doesNotContainIgnoringCase("lovelace");
        assertThat(first.interviewId()).as("the id the portal shows is not the room name").doesNotContain(room.substring(15));
        assertThat(first.joinLinks().values()).allSatisfy(link -> {
            assertThat(link.getScheme() + "://" + link.getRawAuthority()).isEqualTo(JITSI.address());
            assertThat(link.getRawPath()).isEqualTo("/" + room);
            assertThat(link.getRawQuery()).as("no pass without sign-in").isNull();
        });
    }

    @Test
    void everyParticipantsLinkFillsInTheirNameAndOpensTheRoom() {
        LiveInterview interview = provider.scheduleLive(Interviews.request(inTwoDays(), "key-" + UUID.randomUUID()));

        assertThat(interview.joinLinks()).containsOnlyKeys("ada@example.org", "ian@example.org", "mia@example.org");
        URI mia = interview.joinLinks().get("mia@example.org");
        assertThat(URLDecoder.decode(mia.getRawFragment(), StandardCharsets.UTF_8))
                .isEqualTo("userInfo.displayName=\"Mia Müller\"&userInfo.email=\"mia@example.org\"");
        for (URI link : interview.joinLinks().values()) {
            HttpResponse<String> page = MockJitsiServer.open(link);
            assertThat(page.statusCode()).as("opening %s", link).isEqualTo(200);
            assertThat(page.body()).isEqualTo("Welcome to " + roomOf(link));
        }
    }

    @Test
    void aNameWithQuotesAndAmpersandsStaysInsideItsOwnLinkSetting() {
        Participant odd = new Participant("Zoë \"Z\" O'Neil & Co #1 \\ 100%", "zoe@example.org", true);
        LiveInterview interview = provider.scheduleLive(Interviews.request(inTwoDays(), List.of(odd, IAN), "key-" + UUID.randomUUID()));

        String fragment = interview.joinLinks().get("zoe@example.org").getRawFragment();
        assertThat(fragment.split("&")).as("two settings, however the name is written").hasSize(2);
        assertThat(URLDecoder.decode(fragment.split("&")[0], StandardCharsets.UTF_8))
                .isEqualTo("userInfo.displayName=\"Zoë \\\"Z\\\" O'Neil & Co #1 \\\\ 100%\"");
    }

    @Test
    void theSameRequestBooksOnceEvenAfterARestart() {
        String key = "application-17-interview-1";
        LiveInterview booked = provider.scheduleLive(Interviews.request(inTwoDays(), key));

        assertThat(provider.scheduleLive(Interviews.request(inTwoDays(), key))).isEqualTo(booked);

        JitsiVideoInterviewProvider restarted = createProvider();
        restarted.configure(TestProviderContext.of("video-jitsi", settings(), context.storage()));
        try {
            LiveInterview again = restarted.scheduleLive(Interviews.request(inTwoDays(), key));
            assertThat(again.interviewId()).isEqualTo(booked.interviewId());
            assertThat(again.joinLinks()).isEqualTo(booked.joinLinks());
            assertThat(restarted.result(booked.interviewId()).status()).isEqualTo(VideoInterviewResult.Status.INVITED);
        } finally {
            restarted.close();
        }
    }

    @Test
    void requestsWithTheSameKeyAtTheSameTimeBookOneRoom() throws Exception {
        String key = "key-" + UUID.randomUUID();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<LiveInterview>> bookings = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                bookings.add(threads.submit(() -> {
                    go.await();
                    return provider.scheduleLive(Interviews.request(inTwoDays(), key));
                }));
            }
            go.countDown();
            Set<String> ids = new java.util.HashSet<>();
            for (Future<LiveInterview> booking : bookings) {
                ids.add(booking.get().interviewId());
            }
            assertThat(ids).hasSize(1);
        }
    }

    @Test
    void thePortalsStorageHoldsNoNamesAddressesOrTitles() {
        RecordingStorage storage = new RecordingStorage();
        provider.configure(TestProviderContext.of("video-jitsi", settings(), storage));

        provider.scheduleLive(Interviews.request(inTwoDays(), "key-" + UUID.randomUUID()));

        assertThat(storage.everythingWritten()).isNotEmpty().allSatisfy(entry -> assertThat(entry)
                .doesNotContain("Ada", "Lovelace", "ada@", "Ian", "ian@", "Mia", "mia@", "example.org", "Backend", "key-"));
    }

    @Test
    void anInterviewStaysInvitedUntilCancelledAndHasNoRecordingOrRatings() {
        String id = provider.scheduleLive(Interviews.request(inTwoDays(), "key-" + UUID.randomUUID())).interviewId();

        context.clock().advance(Duration.ofDays(3));
        VideoInterviewResult afterTheInterview = provider.result(id);
        assertThat(afterTheInterview.status()).as("Jitsi keeps no outcome").isEqualTo(VideoInterviewResult.Status.INVITED);
        assertThat(afterTheInterview.recordingUrl()).isNull();
        assertThat(afterTheInterview.responses()).isEmpty();
        assertThat(afterTheInterview.ratings()).isEmpty();

        provider.cancel(id);
        provider.cancel(id);
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.CANCELLED);
    }

    @Test
    void anIdThisProviderNeverGaveIsUnknownWhateverItHolds() {
        for (String id : List.of("jitsi-aaaaaaaaaaaaaaaaaaaaaaaaaa", "nonsense", "", "interview/../booking/x", "x".repeat(5000),
                "jitsi-\r\nInjected: yes")) {
            assertThatThrownBy(() -> provider.result(id)).isInstanceOf(ProviderException.class)
                    .hasMessageStartingWith("This provider booked no interview")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120).doesNotContain("\r", "\n"));
            assertThatThrownBy(() -> provider.cancel(id)).isInstanceOf(ProviderException.class);
        }
    }

    @Test
    void requestsNoInterviewCouldComeOfAreRefusedInWordsAndBookNothing() {
        RecordingStorage storage = new RecordingStorage();
        provider.configure(TestProviderContext.of("video-jitsi", settings(), storage));
        Instant start = inTwoDays();

        assertRefused(Interviews.request(start, List.of(), "k1"), "The interview has no candidate");
        assertRefused(Interviews.request(start, List.of(ADA), "k2"),
                "The interview has no interviewer; someone has to open the meeting as its moderator");
        assertRefused(Interviews.request(start, List.of(IAN, MIA), "k3"), "The interview has no candidate");
        assertRefused(Interviews.request(start, List.of(ADA, IAN, new Participant("Ian Again", "IAN@example.org", false)), "k4"),
                "Participant 3 has the same email address as another participant; everyone needs a link of their own");
        for (String address : List.of("", "ada", "ada@", "ada lovelace@example.org", "ada@example", "<ada@example.org>",
                "ada@example.org\r\nATTENDEE:mailto:eve@example.org")) {
            assertRefused(Interviews.request(start, List.of(new Participant("Ada", address, true), IAN), "k5"),
                    "Participant 1 has no valid email address, so they cannot be sent a link");
        }
        assertRefused(Interviews.request(start, List.of(ADA, new Participant("Ian", null, false)), "k6"),
                "Participant 2 has no valid email address, so they cannot be sent a link");
        assertRefused(new LiveInterviewRequest("Interview", start, Duration.ZERO, List.of(ADA, IAN), "k7"),
                "The interview must last at least a minute");
        assertRefused(new LiveInterviewRequest("Interview", start, Duration.ofHours(25), List.of(ADA, IAN), "k8"),
                "An interview lasts at most 24 hours");
        assertRefused(new LiveInterviewRequest("Interview", null, Duration.ofHours(1), List.of(ADA, IAN), "k9"),
                "The interview has no start time or length");
        assertRefused(Interviews.request(start, null), "The request has no idempotency key, so a repeated request could book the "
                + "interview twice");
        List<Participant> crowd = new ArrayList<>(List.of(ADA));
        for (int i = 0; i < 50; i++) {
            crowd.add(new Participant("Interviewer " + i, "interviewer" + i + "@example.org", false));
        }
        assertRefused(Interviews.request(start, crowd, "k10"), "An interview has at most 50 participants");
        assertRefused(Interviews.request(context.clock().instant().minus(Duration.ofHours(3)), "k11"),
                "The interview ended at 2026-01-05 07:00 UTC, so its links would no longer work; book a new time");

        assertThat(storage.everythingWritten()).as("nothing booked").isEmpty();
    }

    @Test
    void aRequestRepeatedAfterItsInterviewEndedIsRefused() {
        String key = "key-" + UUID.randomUUID();
        provider.scheduleLive(Interviews.request(context.clock().instant().plus(Duration.ofHours(1)), key));
        // Without sign-in the grace period still bounds a booking: 60 minutes by default.
        context.clock().advance(Duration.ofHours(3));

        assertRefused(Interviews.request(context.clock().instant().plus(Duration.ofDays(1)), key),
                "The interview ended at 2026-01-05 11:00 UTC, so its links would no longer work; book a new time");
    }

    @Test
    void aProviderWithoutSettingsSaysItIsNotSetUp() {
        JitsiVideoInterviewProvider fresh = createProvider();

        assertThatThrownBy(() -> fresh.scheduleLive(Interviews.request(inTwoDays(), "k"))).isInstanceOf(ProviderException.class)
                .hasMessage("The provider is not set up");
        assertThat(fresh.testConnection().ok()).isFalse();
        fresh.close();
    }

    private void assertRefused(LiveInterviewRequest request, String message) {
        assertThatThrownBy(() -> provider.scheduleLive(request)).isInstanceOf(ProviderException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isFalse());
    }

    static String roomOf(URI link) {
        String path = link.getRawPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
