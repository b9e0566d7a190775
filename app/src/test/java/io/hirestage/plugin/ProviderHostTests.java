package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.misbehaving.AlwaysFailingProvider;
import io.hirestage.plugin.misbehaving.FlakyProvider;
import io.hirestage.plugin.misbehaving.GarbageProvider;
import io.hirestage.plugin.misbehaving.HangingProvider;
import io.hirestage.plugin.misbehaving.RefusingProvider;
import io.hirestage.plugin.misbehaving.ThrowingConstructorProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The host's protections, against providers that misbehave as vendor plugins do, loaded from a real
 * plugin jar next to the bundled plugins. Time limits are short so the suite stays fast.
 */
@SpringBootTest(properties = {"hirestage.provider-calls.timeout=400ms", "hirestage.provider-calls.first-retry-delay=10ms",
        "hirestage.provider-calls.circuit-open-for=60s"})
@WithMockUser(username = "admin", roles = "ADMIN")
class ProviderHostTests {

    private static final Path PLUGINS = pluginsWithMisbehavingProviders();

    private static Path pluginsWithMisbehavingProviders() {
        Path folder = TestPluginJar.copyOfBundledPlugins("hirestage-providers");
        try {
            TestPluginJar.write(folder, "misbehaving", HangingProvider.class, GarbageProvider.class, FlakyProvider.class,
                    AlwaysFailingProvider.class, ThrowingConstructorProvider.class, RefusingProvider.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        registry.add("hirestage.plugins.dir", PLUGINS::toString);
    }

    @Autowired
    ProviderConsole console;

    @Autowired
    PluginCatalog catalog;

    @Test
    void anExtensionThatThrowsWhileCreatedIsReportedAndTheRestOfItsPluginRuns() {
        PluginStatus misbehaving = catalog.plugins().stream().filter(p -> p.id().equals("misbehaving")).findFirst().orElseThrow();

        assertThat(misbehaving.state()).isEqualTo(PluginState.STARTED);
        assertThat(misbehaving.problem()).isEqualTo("ThrowingConstructorProvider failed to start: cannot reach the licence server");
        assertThat(console.providers()).extracting(ProviderSummary::id)
                .contains("hanging", "garbage", "flaky", "always-failing", "sandbox-assessment").doesNotContain("throwing");
    }

    @Test
    void aHangingProviderTimesOutAndTheCallerIsFreedWithAClearMessage() {
        long started = System.nanoTime();
        CompletableFuture<ConnectionCheck> call = console.testConnection("hanging");

        assertThat(call).as("the caller, a UI thread, is not held while the provider hangs").isNotDone();
        assertThatThrownBy(call::join)
                .isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(ProviderException.class).hasMessage("The vendor did not answer within 400 ms");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("three attempts of 400 ms, not forever")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(console.recentCalls("hanging")).extracting(CallRecord::outcome)
                .containsExactly(CallRecord.Outcome.TIMED_OUT, CallRecord.Outcome.TIMED_OUT, CallRecord.Outcome.TIMED_OUT);
    }

    @Test
    void aRetryableFailureIsRetriedWithBackOffUntilTheVendorAnswers() {
        ConnectionCheck check = console.testConnection("flaky").orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(check.message()).isEqualTo("Answered on attempt 3");
        assertThat(console.recentCalls("flaky")).extracting(CallRecord::outcome)
                .containsExactly(CallRecord.Outcome.SUCCEEDED, CallRecord.Outcome.FAILED, CallRecord.Outcome.FAILED);
        assertThat(console.recentCalls("flaky").get(1).message()).isEqualTo("Rate limited, attempt 2");
    }

    @Test
    void aConnectionTestThatSaysNotConnectedIsListedAsAFailedCall() {
        ConnectionCheck check = console.testConnection("refusing").orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(check.ok()).isFalse();
        assertThat(console.recentCalls("refusing")).first().satisfies(call -> {
            assertThat(call.outcome()).isEqualTo(CallRecord.Outcome.FAILED);
            assertThat(call.message()).isEqualTo("The vendor refused the API key");
        });
    }

    @Test
    void aProviderThatAnswersWithNothingFailsTheTestInsteadOfCrashingIt() {
        ConnectionCheck check = console.testConnection("garbage").orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).isEqualTo("The provider answered with nothing");
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndCallsPauseWithoutReachingTheVendor() {
        assertThatThrownBy(() -> console.testConnection("always-failing").join()).cause().hasMessage("The vendor is down");
        // Its fifth failed attempt opens the circuit (at least 5 calls, half or more failed); the sixth is not made.
        assertThatThrownBy(() -> console.testConnection("always-failing").join()).cause().hasMessageContaining("pause");
        CircuitStatus circuit = console.provider("always-failing").circuit();
        assertThat(circuit.state()).isEqualTo(CircuitStatus.State.PAUSED);
        assertThat(circuit.retryAt()).as("paused for the 60 s set here").isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));

        assertThatThrownBy(() -> console.testConnection("always-failing").join()).cause()
                .isInstanceOf(ProviderException.class).hasMessageContaining("pause");
        assertThat(console.recentCalls("always-failing").getFirst().outcome()).isEqualTo(CallRecord.Outcome.NOT_MADE);
    }
}
