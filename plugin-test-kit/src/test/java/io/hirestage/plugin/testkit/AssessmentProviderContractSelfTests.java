package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The kit must catch a broken plugin: run the contract against one and see it fail where it should. */
class AssessmentProviderContractSelfTests {

    @Test
    void theContractFailsAPluginThatBreaksThePortalsExpectations() {
        List<String> failed = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SloppyProviderContract.class))
                .execute().testEvents().failed().stream()
                .map(Event::getTestDescriptor).map(descriptor -> descriptor.getDisplayName().replace("()", ""))
                .toList();

        assertThat(failed).containsExactlyInAnyOrder(
                "isAnnotatedAsAPf4jExtension",
                "anInvitationRoundTripEndsWithScoresWithinBounds",
                "theSameIdempotencyKeyInvitesOnce",
                "aCancelledInvitationNeverCompletes",
                "erasingACandidateLeavesNothingToFetch");
    }

    /** Run only through the engine above; its name keeps Surefire from running it on its own. */
    static class SloppyProviderContract extends AssessmentProviderContract<SloppyProvider> {

        @Override
        protected SloppyProvider createProvider() {
            return new SloppyProvider();
        }

        @Override
        protected Map<String, String> settings() {
            return Map.of();
        }

        @Override
        protected void completeAtVendor(String invitationId) {
            SloppyProvider.completed = true;
        }
    }

    /** No @Extension, a new invitation per call, a score above its maximum, no cancel, no erasure. */
    static class SloppyProvider implements AssessmentProvider {

        static volatile boolean completed;

        @Override
        public ProviderDescriptor descriptor() {
            return new ProviderDescriptor("sloppy", "Sloppy", "Nobody", "Gets everything a little wrong", null);
        }

        @Override
        public List<AssessmentTest> tests() {
            return List.of(new AssessmentTest("t", "Test", Duration.ofMinutes(30), List.of("API design")));
        }

        @Override
        public AssessmentInvitation invite(AssessmentRequest request) {
            if (!request.testId().equals("t")) {
                throw new ProviderException("No such test", false);
            }
            completed = false;
            return new AssessmentInvitation(UUID.randomUUID().toString(), URI.create("https://example.org/t"),
                    Instant.parse("2030-01-01T00:00:00Z"));
        }

        @Override
        public AssessmentResult result(String invitationId) {
            if (invitationId.startsWith("no-such")) {
                throw new ProviderException("Unknown invitation", false);
            }
            return completed
                    ? new AssessmentResult(AssessmentResult.Status.COMPLETED, 120, 100, Map.of("API design", 80), null, Instant.now())
                    : new AssessmentResult(AssessmentResult.Status.INVITED, null, null, Map.of(), null, null);
        }

        @Override
        public void cancel(String invitationId) {
        }

        @Override
        public void eraseCandidate(String candidateEmail) {
        }
    }
}
