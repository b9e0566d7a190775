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

    @Test
    void aProviderIsTestedOnlyOnWhatItDeclaresAndClosedAfterEachTest() {
        PartnerLikeProvider.closed.set(0);
        var results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PartnerLikeProviderContract.class)).execute().testEvents();

        assertThat(results.failed().stream().map(event -> event.getTestDescriptor().getDisplayName()).toList()).isEmpty();
        assertThat(results.aborted().stream().map(event -> event.getTestDescriptor().getDisplayName().replace("()", "")).toList())
                .as("what it does not declare is not tested")
                .containsExactlyInAnyOrder("aCancelledInvitationNeverCompletes", "erasingACandidateLeavesNothingToFetch",
                        "webhooksAreVerifiedAndRepeatableDeliveriesKeepTheirEventId");
        assertThat(PartnerLikeProvider.closed.get()).as("every test's provider is closed").isEqualTo(results.succeeded().count() + results.aborted().count());
    }

    /** Run only through the engine; its name keeps Surefire from running it on its own. */
    static class PartnerLikeProviderContract extends AssessmentProviderContract<PartnerLikeProvider> {

        @Override
        protected PartnerLikeProvider createProvider() {
            return new PartnerLikeProvider();
        }

        @Override
        protected Map<String, String> settings() {
            return Map.of();
        }

        @Override
        protected void completeAtVendor(String invitationId) {
            PartnerLikeProvider.completedIds.add(invitationId);
        }
    }

    /**
     * Shaped like the assessment partner API: an id back and later a percentage, no candidate link, no
     * expiry, no cancel or erasure at the vendor; idempotency kept in the portal's storage.
     */
    @org.pf4j.Extension
    public static class PartnerLikeProvider implements AssessmentProvider {

        static final java.util.Set<String> completedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
        static final java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        private volatile io.hirestage.plugin.api.ProviderStorage storage;

        @Override
        public ProviderDescriptor descriptor() {
            return new ProviderDescriptor("partner-like", "Partner-like", "Nobody", "Declares little and keeps its promises", null);
        }

        @Override
        public java.util.Set<io.hirestage.plugin.api.Capability> capabilities() {
            return java.util.Set.of();
        }

        @Override
        public void configure(io.hirestage.plugin.api.ProviderContext context) {
            storage = context.storage();
        }

        @Override
        public void close() {
            closed.incrementAndGet();
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
            String id = storage.putIfAbsent("key:" + request.idempotencyKey(), "pi-" + UUID.randomUUID());
            return new AssessmentInvitation(id, null, null);
        }

        @Override
        public AssessmentResult result(String invitationId) {
            if (!invitationId.startsWith("pi-")) {
                throw new ProviderException("Unknown invitation", false);
            }
            return completedIds.contains(invitationId)
                    ? new AssessmentResult(AssessmentResult.Status.COMPLETED, 72, null, Map.of("API design", 72), null, null)
                    : new AssessmentResult(AssessmentResult.Status.INVITED, null, null, Map.of(), null, null);
        }

        @Override
        public void cancel(String invitationId) {
            throw new UnsupportedOperationException("not declared");
        }

        @Override
        public void eraseCandidate(String candidateEmail) {
            throw new UnsupportedOperationException("not declared");
        }
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
