package io.hirestage.plugins.sandbox.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.ProviderException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxAssessmentProviderTests {

    private static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");

    private Clock clock = Clock.fixed(SENT, ZoneOffset.UTC);
    private final SandboxAssessmentProvider provider = new SandboxAssessmentProvider(() -> clock.instant());

    @Test
    void theSameIdempotencyKeyInvitesOnce() {
        AssessmentInvitation first = provider.invite(request("key-1"));
        AssessmentInvitation again = provider.invite(request("key-1"));
        AssessmentInvitation other = provider.invite(request("key-2"));

        assertThat(again).isEqualTo(first);
        assertThat(other.invitationId()).isNotEqualTo(first.invitationId());
    }

    @Test
    void anInvitationCompletesAfterTheSandboxDelayWithScoresWithinBounds() {
        String id = provider.invite(request("key-1")).invitationId();
        assertThat(provider.result(id).status()).isEqualTo(AssessmentResult.Status.INVITED);

        clock = Clock.fixed(SENT.plus(SandboxAssessmentProvider.COMPLETES_AFTER), ZoneOffset.UTC);
        AssessmentResult result = provider.result(id);

        assertThat(result.status()).isEqualTo(AssessmentResult.Status.COMPLETED);
        assertThat(result.score()).isBetween(0, result.maxScore());
        assertThat(result.competencyScores()).hasSize(5).allSatisfy((competency, score) -> assertThat(score).isBetween(0, 100));
        assertThat(result.completedAt()).isEqualTo(SENT.plus(SandboxAssessmentProvider.COMPLETES_AFTER));
    }

    @Test
    void scoresAreRepeatableForTheSameCandidate() {
        assertThat(SandboxAssessmentProvider.repeatableScore("Ada@Example.org", "API design and system structuring"))
                .isEqualTo(SandboxAssessmentProvider.repeatableScore("ada@example.org", "API design and system structuring"));
    }

    @Test
    void anUnknownTestOrInvitationIsAClearNonRetryableError() {
        assertThatThrownBy(() -> provider.invite(new AssessmentRequest("nope", "Ada", "ada@example.org", "k")))
                .isInstanceOf(ProviderException.class).hasMessageContaining("no test 'nope'")
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).isFalse());
        assertThatThrownBy(() -> provider.result("missing")).isInstanceOf(ProviderException.class);
    }

    private static AssessmentRequest request(String key) {
        return new AssessmentRequest("backend-lead", "Ada Lovelace", "ada@example.org", key);
    }
}
