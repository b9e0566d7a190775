package io.hirestage.plugins.oneway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.VideoResponse;
import io.hirestage.plugin.api.WebhookRequest;
import io.hirestage.plugin.testkit.TestProviderContext;
import io.hirestage.plugin.testkit.VideoInterviewProviderContract;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The kit's contract against a vendor speaking the documented participants API over real HTTP, and what a recruiter sees. */
class OneWayVideoInterviewProviderTests extends VideoInterviewProviderContract<OneWayVideoInterviewProvider> {

    private static final MockOneWayVendor VENDOR = new MockOneWayVendor();

    @AfterAll
    static void stopVendor() {
        VENDOR.close();
    }

    @Override
    protected OneWayVideoInterviewProvider createProvider() {
        return new OneWayVideoInterviewProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return VENDOR.settings();
    }

    @Override
    protected void completeAtVendor(String interviewId) {
        VENDOR.rate(interviewId, 4, Map.of("Clear technical communication", 4, "Stakeholder alignment", 3.5));
    }

    @Override
    protected WebhookRequest signedWebhook(String eventId, String interviewId) {
        return VENDOR.webhook(eventId, "participant.submitted", interviewId, context.clock().instant());
    }

    @Test
    void declaresWhatTheVendorDoes() {
        assertThat(provider.capabilities()).containsExactlyInAnyOrder(Capability.CANCEL, Capability.ERASE_AT_VENDOR,
                Capability.CANDIDATE_LINK, Capability.EXPIRY, Capability.WEBHOOKS);
        assertThat(provider.receivesWebhooks()).as("a signing secret is set").isTrue();
    }

    @Test
    void sendsTheCandidateTheTemplateTheQuestionsAndTheKeyAsReference() {
        String key = "application-7-VIDEO_INTERVIEW-1-" + UUID.randomUUID();
        Instant deadline = context.clock().instant().plus(Duration.ofDays(5));
        VideoInvitation invitation = provider.inviteOneWay(new OneWayInterviewRequest("Ada Maria Lovelace", "ada@example.org",
                List.of("Why this team?", "Tell us about a hard bug"), deadline, key, "Ada Maria", "Lovelace",
                URI.create("https://hire.example.org/candidates/7"), "Backend Lead Developer", "Backend Lead, Payments (Berlin)",
                TestProviderContext.callbackUrl("video-oneway-webhook", key)));

        assertThat(VENDOR.creationBody(invitation.interviewId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "interview_template_id", MockOneWayVendor.TEMPLATE_ID, "reference", key, "first_name", "Ada Maria", "last_name", "Lovelace",
                "full_name", "Ada Maria Lovelace", "email", "ada@example.org", "deadline", deadline.toString(),
                "questions", List.of("Why this team?", "Tell us about a hard bug"), "job_title", "Backend Lead Developer",
                "opening_title", "Backend Lead, Payments (Berlin)"));
        assertThat(invitation.candidateUrl()).hasToString("https://interview.vendor.example/i/" + invitation.interviewId());
        assertThat(invitation.expiresAt()).isEqualTo(deadline);
    }

    @Test
    void aRequestWithoutTheApi11FieldsSendsWhatItHas() {
        String id = provider.inviteOneWay(new OneWayInterviewRequest("Kim", "kim@example.org", List.of("Why us?"),
                context.clock().instant().plus(Duration.ofDays(2)), "key-" + UUID.randomUUID())).interviewId();

        assertThat(VENDOR.creationBody(id)).containsEntry("full_name", "Kim")
                .doesNotContainKeys("first_name", "last_name", "job_title", "opening_title");
    }

    @Test
    void aRepeatedRequestAfterARestartInvitesOnceAndGivesTheSameLink() {
        String key = "key-" + UUID.randomUUID();
        VideoInvitation first = provider.inviteOneWay(oneWay(key));
        int made = VENDOR.participantsMade();

        OneWayVideoInterviewProvider restarted = createProvider();
        restarted.configure(TestProviderContext.of("video-oneway-webhook", settings(), context.storage()));
        try {
            VideoInvitation again = restarted.inviteOneWay(oneWay(key));

            assertThat(again).isEqualTo(first);
            assertThat(VENDOR.participantsMade()).as("no second participant at the vendor").isEqualTo(made);
        } finally {
            restarted.close();
        }
    }

    @Test
    void answersComeWithRecordingTranscriptAndRatingsAsPercentages() {
        String id = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();

        VENDOR.submit(id);
        VideoInterviewResult submitted = provider.result(id);
        assertThat(submitted.status()).isEqualTo(VideoInterviewResult.Status.COMPLETED);
        assertThat(submitted.ratings()).as("not rated yet").isEmpty();
        assertThat(submitted.responses()).containsExactly(
                new VideoResponse("Why this team?", URI.create("https://media.vendor.example/participants/" + id + "/answers/1.mp4"),
                        "My answer to: Why this team?"),
                new VideoResponse("Tell us about a hard bug", URI.create("https://media.vendor.example/participants/" + id + "/answers/2.mp4"),
                        "My answer to: Tell us about a hard bug"));

        VENDOR.rate(id, 4.2, Map.of("Clear technical communication", 4, "Stakeholder alignment", 3.5));
        assertThat(provider.result(id).ratings()).as("on a scale of 0 to 5")
                .containsOnly(Map.entry("Clear technical communication", 80), Map.entry("Stakeholder alignment", 70));
    }

    @Test
    void anOverallScoreAloneIsShownAsTheOverallScoreOnTheScaleSet() {
        Map<String, String> outOfHundred = new HashMap<>(settings());
        outOfHundred.put(OneWaySettings.HIGHEST_SCORE, "100");
        provider.configure(TestProviderContext.of("video-oneway-webhook", outOfHundred, context.storage()));
        String id = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();

        VENDOR.rate(id, 67, Map.of());

        assertThat(provider.result(id).ratings()).containsExactly(Map.entry(ParticipantReading.OVERALL, 67));
    }

    @Test
    void startedExpiredAndWithdrawnParticipantsAreInvitedExpiredAndCancelled() {
        String id = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();

        VENDOR.setStatus(id, "started");
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.INVITED);
        VENDOR.setStatus(id, "expired");
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.EXPIRED);
        VENDOR.setStatus(id, "withdrawn");
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.CANCELLED);
    }

    @Test
    void erasureReachesTheVendorAndWithdrawingAnErasedParticipantIsNoError() {
        provider.inviteOneWay(new OneWayInterviewRequest("Erin", "erin@example.org", List.of("Why us?"),
                context.clock().instant().plus(Duration.ofDays(2)), "key-" + UUID.randomUUID()));
        String id = provider.inviteOneWay(new OneWayInterviewRequest("Erin", "Erin@Example.org", List.of("Why us?"),
                context.clock().instant().plus(Duration.ofDays(2)), "key-" + UUID.randomUUID())).interviewId();
        int erasuresBefore = VENDOR.erasures();

        provider.eraseCandidate("erin@example.org");

        assertThat(VENDOR.erasures()).isEqualTo(erasuresBefore + 1);
        assertThatThrownBy(() -> provider.result(id)).isInstanceOf(ProviderException.class)
                .hasMessageContaining("The vendor knows no participant '" + id + "' (HTTP 404)");
        provider.cancel(id);
    }

    @Test
    void liveInterviewsAreRefusedInWords() {
        assertThatThrownBy(() -> provider.scheduleLive(new LiveInterviewRequest("Interview", context.clock().instant(),
                Duration.ofMinutes(30), List.of(), "k")))
                .isInstanceOf(ProviderException.class)
                .hasMessage("This provider runs one-way (recorded) interviews only; book live interviews with a live video provider");
    }

    @Test
    void theConnectionTestNamesTheTemplateAndSaysWhenWebhooksAreNotSetUp() {
        assertThat(provider.testConnection()).isEqualTo(ConnectionCheck.ok("Connected: interview template 'Backend screening' with 2 questions"));

        Map<String, String> withoutSecret = new HashMap<>(settings());
        withoutSecret.remove(OneWaySettings.SIGNING_SECRET);
        provider.configure(TestProviderContext.of("video-oneway-webhook", withoutSecret));

        assertThat(provider.receivesWebhooks()).isFalse();
        assertThat(provider.testConnection().message()).endsWith(
                "No Webhook signing secret is set, so webhooks are refused and the portal asks the vendor for news instead");
    }

    private OneWayInterviewRequest oneWay(String key) {
        return new OneWayInterviewRequest("Ada Contract", "ada.contract@example.org", List.of("Why this team?", "Tell us about a hard bug"),
                context.clock().instant().plus(Duration.ofDays(3)), key, "Ada", "Contract", null, null, null, null);
    }
}
