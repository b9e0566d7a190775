package io.hirestage.plugins.sandbox.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.VideoInterviewResult;
import io.hirestage.plugin.testkit.VideoInterviewProviderContract;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxVideoInterviewProviderTests extends VideoInterviewProviderContract<SandboxVideoInterviewProvider> {

    @Override
    protected SandboxVideoInterviewProvider createProvider() {
        return new SandboxVideoInterviewProvider();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(SandboxVideoInterviewProvider.ANSWERS_AFTER_SECONDS, "60");
    }

    @Override
    protected void completeAtVendor(String interviewId) {
        context.clock().advance(Duration.ofSeconds(60));
    }

    @Test
    void theCandidateAnswersOnlyAfterTheConfiguredDelay() {
        String id = provider.inviteOneWay(new OneWayInterviewRequest("Ada", "ada@example.org", List.of("Why us?"),
                context.clock().instant().plus(Duration.ofDays(3)), "k1")).interviewId();

        context.clock().advance(Duration.ofSeconds(59));
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.INVITED);
        context.clock().advance(Duration.ofSeconds(1));
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.COMPLETED);
    }
}
