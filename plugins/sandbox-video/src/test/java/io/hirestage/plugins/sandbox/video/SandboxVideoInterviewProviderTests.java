package io.hirestage.plugins.sandbox.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.OneWayInterviewRequest;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.VideoInterviewResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxVideoInterviewProviderTests {

    private static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void theCandidateAnswersEveryQuestionAfterTheSandboxDelay() {
        Instant[] now = {SENT};
        SandboxVideoInterviewProvider provider = new SandboxVideoInterviewProvider(new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        });
        String id = provider.inviteOneWay(request("key-1")).interviewId();
        assertThat(provider.inviteOneWay(request("key-1")).interviewId()).isEqualTo(id);
        assertThat(provider.result(id).status()).isEqualTo(VideoInterviewResult.Status.INVITED);

        now[0] = SENT.plus(SandboxVideoInterviewProvider.ANSWERS_AFTER);
        VideoInterviewResult result = provider.result(id);

        assertThat(result.status()).isEqualTo(VideoInterviewResult.Status.COMPLETED);
        assertThat(result.responses()).extracting(r -> r.question())
                .containsExactly("Tell us about a system you designed", "How do you mentor engineers?");
    }

    @Test
    void anInterviewWithoutQuestionsIsRefused() {
        SandboxVideoInterviewProvider provider = new SandboxVideoInterviewProvider(Clock.fixed(SENT, ZoneOffset.UTC));
        assertThatThrownBy(() -> provider.inviteOneWay(new OneWayInterviewRequest("Ada", "ada@example.org", List.of(),
                SENT.plus(Duration.ofDays(3)), "k"))).isInstanceOf(ProviderException.class);
    }

    private static OneWayInterviewRequest request(String key) {
        return new OneWayInterviewRequest("Ada Lovelace", "ada@example.org",
                List.of("Tell us about a system you designed", "How do you mentor engineers?"),
                SENT.plus(Duration.ofDays(3)), key);
    }
}
