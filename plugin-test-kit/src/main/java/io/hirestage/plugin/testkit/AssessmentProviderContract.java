package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.WebhookReceiver;
import io.hirestage.plugin.api.WebhookRequest;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link AssessmentProvider}. Extend it in your plugin's tests:
 *
 * <pre>{@code
 * class AcmeAssessmentContractTests extends AssessmentProviderContract<AcmeAssessmentProvider> {
 *     MockWebServer vendor = ...;                       // speaks the vendor's documented API
 *     protected AcmeAssessmentProvider createProvider() { return new AcmeAssessmentProvider(); }
 *     protected Map<String, String> settings() { return Map.of("baseUrl", vendor.url("/").toString(), "apiKey", "k"); }
 *     protected void completeAtVendor(String invitationId) { vendor.completes(invitationId); }
 * }
 * }</pre>
 *
 * @param <P> the provider type
 */
public abstract class AssessmentProviderContract<P extends AssessmentProvider> extends StageProviderContract<P> {

    /** Makes your mock vendor finish the invitation, as a candidate submitting the test would. */
    protected abstract void completeAtVendor(String invitationId);

    /**
     * For a provider that implements {@link WebhookReceiver}: the webhook your vendor would send
     * about the invitation, signed with the secret in {@link #settings()}. Others keep the default.
     */
    protected WebhookRequest signedWebhook(String eventId, String invitationId) {
        throw new UnsupportedOperationException("Override signedWebhook to test the provider's webhooks");
    }

    @Test
    void offersTestsThatNameTheirCompetencies() {
        assertThat(provider.tests()).isNotEmpty().allSatisfy(test -> {
            assertThat(test.id()).isNotBlank();
            assertThat(test.name()).isNotBlank();
            assertThat(test.duration()).isPositive();
            assertThat(test.competencies()).isNotEmpty();
        });
    }

    @Test
    void anInvitationRoundTripEndsWithScoresWithinBounds() {
        AssessmentTest test = provider.tests().getFirst();
        AssessmentInvitation invitation = provider.invite(request(test, "key-" + UUID.randomUUID()));

        assertThat(invitation.invitationId()).isNotBlank();
        if (declares(Capability.CANDIDATE_LINK)) {
            assertThat(invitation.candidateUrl()).as("a provider that declares CANDIDATE_LINK gives the link").isNotNull();
        }
        if (declares(Capability.EXPIRY)) {
            assertThat(invitation.expiresAt()).as("a provider that declares EXPIRY says when the link expires")
                    .isAfter(context.clock().instant());
        }
        assertThat(provider.result(invitation.invitationId()).status()).isEqualTo(AssessmentResult.Status.INVITED);

        completeAtVendor(invitation.invitationId());
        AssessmentResult result = provider.result(invitation.invitationId());

        assertThat(result.status()).isEqualTo(AssessmentResult.Status.COMPLETED);
        assertThat(result.score()).isNotNull();
        if (result.maxScore() == null) {
            assertThat(result.score()).as("without a maximum the score is a percentage").isBetween(0, 100);
        } else {
            assertThat(result.maxScore()).isPositive();
            assertThat(result.score()).isBetween(0, result.maxScore());
        }
        assertThat(result.competencyScores()).isNotEmpty();
        assertThat(result.competencyScores().keySet()).isSubsetOf(test.competencies());
        assertThat(result.competencyScores().values()).allSatisfy(score -> assertThat(score).isBetween(0, 100));
    }

    @Test
    void theSameIdempotencyKeyInvitesOnce() {
        AssessmentTest test = provider.tests().getFirst();
        String key = "key-" + UUID.randomUUID();

        AssessmentInvitation first = provider.invite(request(test, key));
        AssessmentInvitation again = provider.invite(request(test, key));
        AssessmentInvitation other = provider.invite(request(test, "key-" + UUID.randomUUID()));

        assertThat(again.invitationId()).isEqualTo(first.invitationId());
        assertThat(other.invitationId()).isNotEqualTo(first.invitationId());
    }

    /**
     * The portal follows an invitation by provider and id for as long as it keeps the candidate: a
     * restarted plugin (a new instance) must never hand out an id it gave before.
     */
    @Test
    void aRestartedProviderNeverReusesAnInvitationId() {
        String first = provider.invite(request(provider.tests().getFirst(), "key-" + UUID.randomUUID())).invitationId();
        P restarted = createProvider();
        // What the first instance stored survives, as the portal's storage survives a restart.
        restarted.configure(TestProviderContext.of(restarted.descriptor().id(), settings(), context.storage()));

        String second = restarted.invite(request(restarted.tests().getFirst(), "key-" + UUID.randomUUID())).invitationId();

        assertThat(second).as("an invitation id from a restarted provider").isNotEqualTo(first);
    }

    @Test
    void aCancelledInvitationNeverCompletes() {
        Assumptions.assumeTrue(declares(Capability.CANCEL), "the provider does not declare CANCEL");
        String id = provider.invite(request(provider.tests().getFirst(), "key-" + UUID.randomUUID())).invitationId();

        provider.cancel(id);
        provider.cancel(id);

        assertThat(provider.result(id).status()).isEqualTo(AssessmentResult.Status.CANCELLED);
    }

    @Test
    void erasingACandidateLeavesNothingToFetch() {
        Assumptions.assumeTrue(declares(Capability.ERASE_AT_VENDOR), "the provider does not declare ERASE_AT_VENDOR");
        String id = provider.invite(request(provider.tests().getFirst(), "key-" + UUID.randomUUID())).invitationId();

        provider.eraseCandidate("ada.contract@example.org");

        assertThatThrownBy(() -> provider.result(id)).isInstanceOf(ProviderException.class);
    }

    @Test
    void anUnknownTestOrInvitationIsAProviderError() {
        assertThatThrownBy(() -> provider.invite(new AssessmentRequest("no-such-test-" + UUID.randomUUID(), "Ada", "ada@example.org", "k")))
                .isInstanceOf(ProviderException.class).hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> provider.result("no-such-invitation")).isInstanceOf(ProviderException.class);
    }

    @Test
    void webhooksAreVerifiedAndRepeatableDeliveriesKeepTheirEventId() {
        Assumptions.assumeTrue(declares(Capability.WEBHOOKS), "the provider does not declare WEBHOOKS; it is polled");
        String id = provider.invite(request(provider.tests().getFirst(), "key-" + UUID.randomUUID())).invitationId();

        String eventId = "evt-" + UUID.randomUUID();

        WebhookContract.check((WebhookReceiver) provider, signedWebhook(eventId, id), eventId, id);
    }

    /** A request as the portal sends it since API 1.1, with every field filled in. */
    private AssessmentRequest request(AssessmentTest test, String key) {
        return new AssessmentRequest(test.id(), "Ada Contract", "ada.contract@example.org", key, "Ada", "Contract",
                TestProviderContext.PORTAL.resolve("/candidates/42"), "Backend Lead Developer", "Backend Lead, Payments (Berlin)",
                TestProviderContext.callbackUrl(provider.descriptor().id(), key));
    }
}
