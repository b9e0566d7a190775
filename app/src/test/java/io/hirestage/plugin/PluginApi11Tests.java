package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ProviderStorage;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.api11.CountingAssessments;
import io.hirestage.plugin.api11.SlowToConfigure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What plugin API 1.1 added, in the portal: a plugin built against 1.0 still loads and serves; a
 * provider is closed when it stops and cannot hold up the portal while it takes its settings; its
 * storage survives restarts; an erasure its vendor cannot do is left to a person, said so.
 */
@SpringBootTest(properties = "hirestage.provider-calls.timeout=500ms")
@WithMockUser(username = "admin", roles = "ADMIN")
class PluginApi11Tests {

    private static final Path PLUGINS = pluginsOfBothVersions();

    /** The sandbox assessment plugin as built against API 1.0.0 (kept in test resources), and a plugin using 1.1. */
    private static Path pluginsOfBothVersions() {
        try {
            Path folder = Files.createTempDirectory("hirestage-api11");
            try (InputStream built10 = PluginApi11Tests.class.getResourceAsStream("/compat/sandbox-assessment-built-against-api-1.0.jar")) {
                Files.copy(built10, folder.resolve("sandbox-assessment.jar"));
            }
            TestPluginJar.write(folder, "api11", CountingAssessments.class, SlowToConfigure.class);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        registry.add("hirestage.plugins.dir", PLUGINS::toString);
    }

    @Autowired
    ProviderRegistry registry;

    @Autowired
    ProviderCalls calls;

    @Autowired
    ProviderConsole console;

    @Autowired
    PluginCatalog catalog;

    @Autowired
    OutboundRequests outbound;

    @Autowired
    VendorErasures erasures;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    VendorCallbacks callbacks;

    @Autowired
    VendorInvitationRepository invitations;

    @Test
    void aPluginBuiltAgainstApi10StillLoadsAndServes() {
        console.saveSettings("sandbox-assessment", Map.of("completesAfterSeconds", "0"));
        RegisteredProvider sandbox = registry.find("sandbox-assessment").orElseThrow();
        assertThat(sandbox.configurationProblem()).isNull();
        assertThat(sandbox.capabilities()).as("what 1.0 assumed of every provider")
                .containsExactlyInAnyOrder(Capability.CANCEL, Capability.ERASE_AT_VENDOR, Capability.CANDIDATE_LINK, Capability.EXPIRY,
                        Capability.WEBHOOKS);

        AssessmentInvitation invitation = calls.call("sandbox-assessment", AssessmentProvider.class, "invite", provider -> provider.invite(
                new AssessmentRequest("backend-lead", "Ada Lovelace", "ada@example.org", "key-" + UUID.randomUUID(), "Ada", "Lovelace",
                        null, "Backend Lead Developer", "Backend Lead, Payments", null)));
        AssessmentResult result = calls.call("sandbox-assessment", AssessmentProvider.class, "result",
                provider -> provider.result(invitation.invitationId()));

        assertThat(invitation.candidateUrl()).isNotNull();
        assertThat(result.status()).isEqualTo(AssessmentResult.Status.COMPLETED);
        assertThat(result.score()).isBetween(0, result.maxScore());
    }

    @Test
    void aProviderIsClosedWhenItsPluginStopsAndANewOneIsConfiguredWhenItStarts() throws Exception {
        StageProvider before = registry.find("counting").orElseThrow().instance();
        int closed = count(before, "closed");
        int configured = count(before, "configured");

        catalog.setEnabled("api11", false);
        assertThat(count(before, "closed")).as("closed once when its plugin stopped").isEqualTo(closed + 1);

        catalog.setEnabled("api11", true);
        StageProvider after = registry.find("counting").orElseThrow().instance();
        assertThat(after).isNotSameAs(before);
        assertThat(count(after, "configured")).isEqualTo(configured + 1);
    }

    @Test
    void aProviderThatHangsWhileTakingItsSettingsIsStoppedAtTheTimeLimitAndTheOthersRun() {
        assertThat(registry.find("slow-setup").orElseThrow().configurationProblem())
                .isEqualTo("The provider did not take its settings within 500 ms");
        assertThat(registry.find("counting").orElseThrow().configurationProblem()).isNull();

        long started = System.nanoTime();
        console.saveSettings("slow-setup", Map.of());
        assertThat(System.nanoTime() - started).as("an admin saving its settings waits the time limit, not for ever")
                .isLessThan(5_000_000_000L);
    }

    @Test
    void whatAProviderStoresSurvivesARestartOfItsPlugin() {
        String key = "key-" + UUID.randomUUID();
        String first = invite("counting", key).invitationId();

        catalog.setEnabled("api11", false);
        catalog.setEnabled("api11", true);

        assertThat(invite("counting", key).invitationId()).as("the same key, the same invitation, after a restart").isEqualTo(first);
    }

    @Test
    void eachProviderHasItsOwnStorageWithinLimits() {
        ProviderStorage counting = new HostProviderStorage("counting", jdbc, clock);
        ProviderStorage other = new HostProviderStorage("other", jdbc, clock);
        String key = "mapping-" + UUID.randomUUID();

        counting.put(key, "first");
        counting.put(key, "second");
        assertThat(counting.get(key)).contains("second");
        assertThat(other.get(key)).as("another provider's").isEmpty();
        assertThat(counting.putIfAbsent(key, "third")).isEqualTo("second");
        assertThat(other.putIfAbsent(key, "its own")).isEqualTo("its own");
        assertThat(new HostProviderStorage("counting", jdbc, clock).get(key)).as("kept in the database").contains("second");
        counting.remove(key);
        counting.remove(key);
        assertThat(counting.get(key)).isEmpty();

        assertThatThrownBy(() -> counting.put("k".repeat(ProviderStorage.MAX_KEY_LENGTH + 1), "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A storage key has 1 to 200 characters");
        assertThatThrownBy(() -> counting.put(key, "v".repeat(ProviderStorage.MAX_VALUE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A stored value is not null and has at most 4000 characters");
        String unicode = "Zoë 東京 🚀".repeat(500).substring(0, ProviderStorage.MAX_VALUE_LENGTH);
        counting.put(key, unicode);
        assertThat(counting.get(key)).as("the longest value, in any script").contains(unicode);
    }

    @Test
    void anErasureTheVendorCannotDoIsLeftToAPersonAndSaysSo() {
        String invitationKey = "invite-" + UUID.randomUUID();
        String erasureKey = "erasure-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> outbound.enqueue("counting", OutboundOperation.ASSESSMENT_INVITE,
                new AssessmentRequest("t", "Kim Doe", "kim@example.org", invitationKey), invitationKey));

        List<OutboundRequestView> asked = transaction.execute(status -> erasures.erase(erasureKey, "kim@example.org", List.of(invitationKey)));

        assertThat(asked).singleElement().satisfies(erasure -> {
            assertThat(erasure.status()).isEqualTo(OutboundRequestStatus.BY_HAND);
            assertThat(erasure.lastError()).isEqualTo("the vendor's API offers no erasure; ask the vendor to erase kim@example.org");
        });
        assertThat(erasures.erasures(erasureKey)).extracting(OutboundRequestView::status).containsExactly(OutboundRequestStatus.BY_HAND);

        OutboundRequestView done = erasures.doneByHand(erasureKey + "-counting");

        assertThat(done.status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        assertThat(jdbc.sql("select payload from outbound_request where idempotency_key = ?").param(erasureKey + "-counting")
                .query(String.class).single()).as("the address kept for the person is forgotten").doesNotContain("kim@example.org");
        assertThatThrownBy(() -> erasures.doneByHand(erasureKey + "-counting")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallbackMakesItsInvitationDueNowAndAMadeUpOneChangesNothing() {
        String key = "callback-" + UUID.randomUUID();
        Instant later = clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        invitations.save(new VendorInvitation(key, "counting", "cnt-" + UUID.randomUUID(), OutboundOperation.ASSESSMENT_INVITE, later));
        String token = callbacks.urlFor("counting", key).getPath().replaceFirst(".*/callbacks/", "");

        assertThat(callbacks.called("counting", token.replace('.', '-'))).isEmpty();
        assertThat(callbacks.called("other", token)).as("the token of another provider's invitation").isEmpty();
        assertThat(nextCheckAt(key)).isEqualTo(later);

        assertThat(callbacks.called("counting", token)).contains(key);
        assertThat(nextCheckAt(key)).isBeforeOrEqualTo(clock.instant());
    }

    private Instant nextCheckAt(String requestKey) {
        return jdbc.sql("select next_check_at from vendor_invitation where request_key = ?").param(requestKey)
                .query(java.time.LocalDateTime.class).single().toInstant(java.time.ZoneOffset.UTC);
    }

    private AssessmentInvitation invite(String providerId, String key) {
        return calls.call(providerId, AssessmentProvider.class, "invite",
                provider -> provider.invite(new AssessmentRequest("t", "Kim Doe", "kim@example.org", key)));
    }

    /** The plugin's copy of the class counts, not the test's: read it through the instance's class. */
    private static int count(StageProvider provider, String method) throws ReflectiveOperationException {
        return (int) provider.getClass().getMethod(method).invoke(null);
    }
}
