package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewMode;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.api.VideoInvitation;
import io.hirestage.plugin.api.WebhookReceiver;
import io.hirestage.plugin.api.WebhookRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link VideoInterviewProvider}; extend it as shown for
 * {@link AssessmentProviderContract}. Live and one-way checks run for the modes the provider offers.
 *
 * @param <P> the provider type
 */
public abstract class VideoInterviewProviderContract<P extends VideoInterviewProvider> extends StageProviderContract<P> {

    private static final List<String> QUESTIONS = List.of("Tell us about a system you designed", "How do you mentor engineers?");

    /** Makes your mock vendor finish the interview: answers recorded, or the live call held. */
    protected abstract void completeAtVendor(String interviewId);

    /** For a provider that implements {@link WebhookReceiver}: a signed webhook about the interview. */
    protected WebhookRequest signedWebhook(String eventId, String interviewId) {
        throw new UnsupportedOperationException("Override signedWebhook to test the provider's webhooks");
    }

    @Test
    void offersAtLeastOneMode() {
        assertThat(provider.modes()).isNotEmpty();
    }

    @Test
    void aOneWayInterviewRoundTripReturnsAnAnswerPerQuestion() {
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.ONE_WAY), "no one-way interviews");
        VideoInvitation invitation = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID()));
        String id = invitation.interviewId();
        if (declares(Capability.CANDIDATE_LINK)) {
            assertThat(invitation.candidateUrl()).as("a provider that declares CANDIDATE_LINK gives the link").isNotNull();
        }
        if (declares(Capability.EXPIRY)) {
            assertThat(invitation.expiresAt()).as("a provider that declares EXPIRY says when the link expires")
                    .isAfter(context.clock().instant());
        }
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.INVITED);

        completeAtVendor(id);
        VideoInterviewResult result = provider.result(id);

        assertThat(result.status()).isEqualTo(VideoInterviewResult.Status.COMPLETED);
        assertThat(result.responses()).extracting(response -> response.question()).containsExactlyElementsOf(QUESTIONS);
        assertThat(result.responses()).allSatisfy(response -> assertThat(response.mediaUrl()).isNotNull());
        assertThat(result.ratings().values()).allSatisfy(rating -> assertThat(rating).isBetween(0, 100));
    }

    @Test
    void aLiveInterviewGivesEveryParticipantTheirOwnLink() {
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.LIVE), "no live interviews");
        LiveInterview interview = provider.scheduleLive(new LiveInterviewRequest("Structured interview",
                context.clock().instant().plus(Duration.ofDays(2)), Duration.ofMinutes(60),
                List.of(new LiveInterviewRequest.Participant("Ada Contract", "ada.contract@example.org", true),
                        new LiveInterviewRequest.Participant("Ian Interviewer", "ian@example.org", false)),
                "key-" + UUID.randomUUID()));

        assertThat(interview.joinLinks()).containsOnlyKeys("ada.contract@example.org", "ian@example.org");
        assertThat(interview.joinLinks().values()).doesNotHaveDuplicates();
    }

    @Test
    void theSameIdempotencyKeyInvitesOnce() {
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.ONE_WAY), "no one-way interviews");
        String key = "key-" + UUID.randomUUID();

        assertThat(provider.inviteOneWay(oneWay(key)).interviewId()).isEqualTo(provider.inviteOneWay(oneWay(key)).interviewId());
        assertThat(provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId())
                .isNotEqualTo(provider.inviteOneWay(oneWay(key)).interviewId());
    }

    /**
     * The portal follows an interview by provider and id for as long as it keeps the candidate: a
     * restarted plugin (a new instance) must never hand out an id it gave before.
     */
    @Test
    void aRestartedProviderNeverReusesAnInterviewId() {
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.ONE_WAY), "no one-way interviews");
        String first = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();
        P restarted = createProvider();
        // What the first instance stored survives, as the portal's storage survives a restart.
        restarted.configure(TestProviderContext.of(restarted.descriptor().id(), settings(), context.storage()));

        String second = restarted.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();

        assertThat(second).as("an interview id from a restarted provider").isNotEqualTo(first);
    }

    @Test
    void aModeTheProviderDoesNotOfferIsAClearError() {
        if (!provider.modes().contains(VideoInterviewMode.LIVE)) {
            assertThatThrownBy(() -> provider.scheduleLive(new LiveInterviewRequest("x", context.clock().instant(),
                    Duration.ofMinutes(30), List.of(), "k"))).isInstanceOf(ProviderException.class);
        }
        if (!provider.modes().contains(VideoInterviewMode.ONE_WAY)) {
            assertThatThrownBy(() -> provider.inviteOneWay(oneWay("k"))).isInstanceOf(ProviderException.class);
        }
    }

    @Test
    void aCancelledInterviewStaysCancelled() {
        Assumptions.assumeTrue(declares(Capability.CANCEL), "the provider does not declare CANCEL");
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.ONE_WAY), "no one-way interviews");
        String cancelled = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();
        provider.cancel(cancelled);
        provider.cancel(cancelled);
        assertThat(provider.result(cancelled).status()).isEqualTo(VideoInterviewResult.Status.CANCELLED);
    }

    @Test
    void erasureForgetsTheCandidate() {
        Assumptions.assumeTrue(declares(Capability.ERASE_AT_VENDOR), "the provider does not declare ERASE_AT_VENDOR");
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.ONE_WAY), "no one-way interviews");
        String id = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();

        provider.eraseCandidate("ada.contract@example.org");

        assertThatThrownBy(() -> provider.result(id)).isInstanceOf(ProviderException.class);
    }

    @Test
    void webhooksAreVerifiedAndRepeatableDeliveriesKeepTheirEventId() {
        Assumptions.assumeTrue(declares(Capability.WEBHOOKS), "the provider does not declare WEBHOOKS; it is polled");
        Assumptions.assumeTrue(provider.modes().contains(VideoInterviewMode.ONE_WAY), "no one-way interviews");
        String id = provider.inviteOneWay(oneWay("key-" + UUID.randomUUID())).interviewId();
        String eventId = "evt-" + UUID.randomUUID();

        WebhookContract.check((WebhookReceiver) provider, signedWebhook(eventId, id), eventId, id);
    }

    /** A request as the portal sends it since API 1.1, with every field filled in. */
    private OneWayInterviewRequest oneWay(String key) {
        return new OneWayInterviewRequest("Ada Contract", "ada.contract@example.org", QUESTIONS,
                context.clock().instant().plus(Duration.ofDays(3)), key, "Ada", "Contract", TestProviderContext.PORTAL.resolve("/candidates/42"),
                "Backend Lead Developer", "Backend Lead, Payments (Berlin)", TestProviderContext.callbackUrl(provider.descriptor().id(), key));
    }
}
