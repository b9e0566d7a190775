package io.hirestage.plugins.sandbox.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.WebhookRequest;
import io.hirestage.plugin.testkit.AssessmentProviderContract;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxAssessmentProviderTests extends AssessmentProviderContract<SandboxAssessmentProvider> {

    private static final String SECRET = "sandbox-test-secret";

    @Override
    protected SandboxAssessmentProvider createProvider() {
        return new SandboxAssessmentProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(SandboxAssessmentProvider.COMPLETES_AFTER_SECONDS, "120", SandboxAssessmentProvider.WEBHOOK_SECRET, SECRET);
    }

    @Override
    protected void completeAtVendor(String invitationId) {
        context.clock().advance(Duration.ofSeconds(120));
    }

    @Override
    protected WebhookRequest signedWebhook(String eventId, String invitationId) {
        Map.Entry<byte[], String> signed = SandboxWebhooks.sign(SECRET, eventId, invitationId, "assessment.completed");
        return new WebhookRequest(Map.of(SandboxWebhooks.SIGNATURE_HEADER, List.of(signed.getValue())), signed.getKey());
    }

    @Test
    void completesAfterTheConfiguredDelayWithRepeatableScores() {
        String id = provider.invite(new AssessmentRequest("backend-lead", "Ada", "Ada@Example.org", "k1")).invitationId();
        context.clock().advance(Duration.ofSeconds(119));
        assertThat(provider.result(id).status()).isEqualTo(AssessmentResult.Status.INVITED);

        context.clock().advance(Duration.ofSeconds(1));
        AssessmentResult result = provider.result(id);

        assertThat(result.status()).isEqualTo(AssessmentResult.Status.COMPLETED);
        assertThat(result.competencyScores().get("API design and system structuring"))
                .isEqualTo(SandboxAssessmentProvider.repeatableScore("ada@example.org", "API design and system structuring"));
    }
}
