package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.misbehaving.BrokenResultsAssessments;
import io.hirestage.plugin.misbehaving.HangingAssessments;
import io.hirestage.plugin.misbehaving.RateLimitedAssessments;
import io.hirestage.plugin.misbehaving.ThrowingAssessments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound requests as db-scheduler tasks of their own, and result checks, against vendors that
 * misbehave: a poison request, a hanging vendor, a vendor that always fails, a result the plugin
 * chokes on, a feature listener that throws. This context
 * runs its own scheduler on a database of its own, so the portal context of the other tests neither
 * takes its work (it lacks these test providers) nor gives it any.
 */
@SpringBootTest(properties = {"db-scheduler.enabled=true", "db-scheduler.polling-interval=250ms",
        "hirestage.provider-calls.timeout=8s", "hirestage.outbound-requests.first-retry-delay=100ms",
        "hirestage.outbound-requests.sweep-every=1s", "hirestage.vendor-results.poll-every=1s"})
class BackgroundWorkTests {

    private static final Path PLUGINS = pluginsWithMisbehavingVendors();

    private static Path pluginsWithMisbehavingVendors() {
        Path folder = TestPluginJar.copyOfBundledPlugins("hirestage-background");
        try {
            TestPluginJar.write(folder, "misbehaving-vendors", HangingAssessments.class, RateLimitedAssessments.class,
                    BrokenResultsAssessments.class, ThrowingAssessments.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    @DynamicPropertySource
    static void ownPluginsAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("hirestage.plugins.dir", PLUGINS::toString);
        registry.add("spring.datasource.url", BackgroundWorkTests::ownDatabase);
    }

    /** Another database on the same server as the other tests (MariaDB in CI), or another in-memory H2 one. */
    private static String ownDatabase() {
        String shared = System.getenv("SPRING_DATASOURCE_URL");
        if (shared != null && shared.startsWith("jdbc:mariadb:")) {
            String withoutOptions = shared.contains("?") ? shared.substring(0, shared.indexOf('?')) : shared;
            return withoutOptions + "_background?createDatabaseIfNotExist=true";
        }
        return "jdbc:h2:mem:hirestage-background-test;MODE=MariaDB;DB_CLOSE_DELAY=-1";
    }

    @Autowired
    OutboundRequests requests;

    @Autowired
    OutboundRequestRepository repository;

    @Autowired
    VendorInvitationRepository invitations;

    @Autowired
    RecentCalls recentCalls;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    RetryingAtOnce retryingAtOnce;

    @Test
    void aPoisonRequestBetweenTwoGoodOnesIsParkedWithItsReasonAfterItsRetriesAndTheOthersComplete() {
        String first = key("good");
        String poison = key("poison");
        String second = key("good");
        transaction.executeWithoutResult(status -> {
            enqueue("sandbox-assessment", first);
            enqueue("sandbox-assessment", poison);
            // Its payload can no longer be read: not a ProviderException, which the old loop could not get past.
            jdbc.update("update outbound_request set payload = ? where idempotency_key = ?", "{not json", poison);
            enqueue("sandbox-assessment", second);
        });

        assertThat(awaitDone(first).status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        assertThat(awaitDone(second).status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        OutboundRequestView parked = awaitDone(poison);
        assertThat(parked.status()).isEqualTo(OutboundRequestStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(OutboundRequestRunner.MAX_CALLS_PER_REQUEST);
        assertThat(parked.lastError()).startsWith("The request could not be carried out: ");
    }

    @Test
    void aParkedRequestIsSentAgainWhenAPersonRetriesIt() {
        String poison = key("retried");
        transaction.executeWithoutResult(status -> {
            enqueue("sandbox-assessment", poison);
            jdbc.update("update outbound_request set payload = ? where idempotency_key = ?", "{not json", poison);
        });
        assertThat(awaitDone(poison).status()).isEqualTo(OutboundRequestStatus.FAILED);
        jdbc.update("update outbound_request set payload = ? where idempotency_key = ?", json.writeValueAsString(invite(poison)), poison);

        assertThat(requests.retry(poison).status()).isEqualTo(OutboundRequestStatus.PENDING);

        OutboundRequestView done = awaitDone(poison);
        assertThat(done.status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        assertThat(done.lastError()).isNull();
    }

    @Test
    void aRequestRetriedTheMomentItsFailureIsAnnouncedHasNoTaskLeftInTheWayAndIsSentAgain() {
        String poison = RetryingAtOnce.KEY_PREFIX + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            enqueue("sandbox-assessment", poison);
            jdbc.update("update outbound_request set payload = ? where idempotency_key = ?", "{not json", poison);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> retryingAtOnce.tasksSeenWhenParked.containsKey(poison));
        // Before, the task was removed only after the failure was announced: a Retry in that moment found
        // it, scheduled none, and the request waited for the sweeper (a minute by default).
        assertThat(retryingAtOnce.tasksSeenWhenParked.get(poison)).as("tasks of the request when its failure was announced")
                .isZero();
        OutboundRequestView done = awaitDone(poison);
        assertThat(done.status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(OutboundRequestRunner.MAX_CALLS_PER_REQUEST + 1);
    }

    @Test
    void aVendorThatAlwaysFailsRetryablyReceivesExactlyTheMaximumOfCallsThenTheRequestIsParked() {
        String key = key("rate-limited");
        enqueue("rate-limited-assessments", key);

        OutboundRequestView parked = awaitDone(key);

        assertThat(parked.status()).isEqualTo(OutboundRequestStatus.FAILED);
        assertThat(parked.lastError()).isEqualTo("Rate limited, try again later");
        assertThat(parked.attempts()).isEqualTo(OutboundRequestRunner.MAX_CALLS_PER_REQUEST);
        // Nothing retries behind the parked request either.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> callsMade("rate-limited-assessments") == OutboundRequestRunner.MAX_CALLS_PER_REQUEST);
    }

    @Test
    void aPluginThatThrowsIsRetriedAndTheRequestParkedWithTheReason() {
        String key = key("plugin-throws");
        enqueue("throwing-assessments", key);

        OutboundRequestView parked = awaitDone(key);

        assertThat(parked.status()).isEqualTo(OutboundRequestStatus.FAILED);
        assertThat(parked.attempts()).isEqualTo(OutboundRequestRunner.MAX_CALLS_PER_REQUEST);
        assertThat(parked.lastError()).isEqualTo("The provider failed: Cannot read the vendor's answer");
    }

    @Test
    void aHangingVendorDoesNotDelayARequestToAnother() {
        String hanging1 = key("hanging");
        String hanging2 = key("hanging");
        String healthy = key("healthy");
        enqueue("hanging-assessments", hanging1);
        enqueue("hanging-assessments", hanging2);
        enqueue("sandbox-assessment", healthy);
        Instant enqueued = Instant.now();

        // Well before the hanging calls' 8 s time limit.
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(50))
                .until(() -> view(healthy).status() == OutboundRequestStatus.SUCCEEDED);

        assertThat(Duration.between(enqueued, Instant.now())).isLessThan(Duration.ofSeconds(8));
        assertThat(view(hanging1).status()).isEqualTo(OutboundRequestStatus.PENDING);
        assertThat(view(hanging2).status()).isEqualTo(OutboundRequestStatus.PENDING);
    }

    @Test
    void aPendingRequestRecordedWithoutATaskIsCarriedOutByTheSweeper() {
        String key = key("from-before");
        // As requests recorded before they had tasks of their own: a row and nothing in scheduled_tasks.
        repository.save(new OutboundRequest(key, "sandbox-assessment", OutboundOperation.ASSESSMENT_INVITE,
                json.writeValueAsString(invite(key)), Instant.now()));

        assertThat(awaitDone(key).status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
    }

    @Test
    void aFeatureListenerThatThrowsDoesNotUndoTheHostsRecord() {
        String key = ThrowingFeature.KEY_PREFIX + UUID.randomUUID();
        enqueue("sandbox-assessment", key);

        OutboundRequestView done = awaitDone(key);

        assertThat(done.status()).isEqualTo(OutboundRequestStatus.SUCCEEDED);
        assertThat(invitations.findByRequestKey(key)).as("the host followed the invitation").isPresent();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> view(key).attempts() == 1);
    }

    @Test
    void aResultCheckThatThrowsBacksOffOnItsOwnAndTheOtherInvitationsGetTheirResults() {
        String first = key("good");
        String poison = key("poison");
        String second = key("good");
        enqueue("broken-results-assessments", first);
        enqueue("broken-results-assessments", poison);
        enqueue("broken-results-assessments", second);

        assertThat(awaitInvitation(first, view -> view.status() == VendorInvitationStatus.COMPLETED).result()).contains("\"score\":42");
        assertThat(awaitInvitation(second, view -> view.status() == VendorInvitationStatus.COMPLETED).result()).contains("\"score\":42");
        VendorInvitationView failing = awaitInvitation(poison, view -> view.problem() != null);
        assertThat(failing.status()).as("a passing failure is not final").isEqualTo(VendorInvitationStatus.INVITED);
        assertThat(failing.problem()).isEqualTo("The provider failed: Unexpected token in the vendor's answer");
        VendorInvitation stored = invitations.findByRequestKey(poison).orElseThrow();
        assertThat(stored.getFailedChecks()).isPositive();
        assertThat(jdbc.queryForObject("select next_check_at from vendor_invitation where request_key = ?", Instant.class, poison))
                .as("backed off").isAfter(failing.lastCheckedAt());
        // Done with it: its further failures would open the provider's circuit for the next test.
        jdbc.update("update vendor_invitation set next_check_at = null where request_key = ?", poison);
    }

    @Test
    void anInvitationWhoseChecksKeepFailingIsParkedAsAVendorErrorWithTheReason() {
        String poison = key("poison");
        enqueue("broken-results-assessments", poison);
        awaitInvitation(poison, view -> view.problem() != null);
        // As if it had failed all but one of its checks already (the back-off would take minutes).
        jdbc.update("update vendor_invitation set failed_checks = ?, next_check_at = ? where request_key = ?",
                VendorResults.MAX_FAILED_CHECKS - 1, Instant.now(), poison);

        VendorInvitationView parked = awaitInvitation(poison, view -> view.status() == VendorInvitationStatus.VENDOR_ERROR);

        assertThat(parked.problem()).isEqualTo("The provider failed: Unexpected token in the vendor's answer");
        assertThat(jdbc.queryForObject("select next_check_at from vendor_invitation where request_key = ?", Instant.class, poison))
                .as("no longer checked").isNull();
    }

    /** A feature that fails on the requests named for it, listening as VendorSteps does. */
    @TestConfiguration
    static class ThrowingFeatureConfig {

        @Bean
        ThrowingFeature throwingFeature() {
            return new ThrowingFeature();
        }

        @Bean
        RetryingAtOnce retryingAtOnce(OutboundRequests requests, JdbcTemplate jdbc, JsonMapper json) {
            return new RetryingAtOnce(requests, jdbc, json);
        }
    }

    /**
     * A person who fixes the cause and presses Retry the moment a request named for it is shown as
     * failed, noting how many db-scheduler tasks the request still had then.
     */
    static class RetryingAtOnce {

        static final String KEY_PREFIX = "retried-at-once-";

        final Map<String, Integer> tasksSeenWhenParked = new ConcurrentHashMap<>();
        private final OutboundRequests requests;
        private final JdbcTemplate jdbc;
        private final JsonMapper json;

        RetryingAtOnce(OutboundRequests requests, JdbcTemplate jdbc, JsonMapper json) {
            this.requests = requests;
            this.jdbc = jdbc;
            this.json = json;
        }

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void onRequestCompleted(OutboundRequestCompleted completed) {
            OutboundRequestView request = completed.request();
            if (!request.idempotencyKey().startsWith(KEY_PREFIX) || request.status() != OutboundRequestStatus.FAILED) {
                return;
            }
            String key = request.idempotencyKey();
            tasksSeenWhenParked.put(key, jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?",
                    Integer.class, OutboundRequestRunner.TASK_NAME, String.valueOf(request.id())));
            jdbc.update("update outbound_request set payload = ? where idempotency_key = ?", json.writeValueAsString(invite(key)), key);
            requests.retry(key);
        }
    }

    static class ThrowingFeature {

        static final String KEY_PREFIX = "listener-fails-";

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void onRequestCompleted(OutboundRequestCompleted completed) {
            if (completed.request().idempotencyKey().startsWith(KEY_PREFIX)) {
                throw new IllegalStateException("The feature failed");
            }
        }
    }

    private long callsMade(String providerId) {
        return recentCalls.of(providerId).stream().filter(call -> call.outcome() != CallRecord.Outcome.NOT_MADE).count();
    }

    private void enqueue(String providerId, String key) {
        requests.enqueue(providerId, OutboundOperation.ASSESSMENT_INVITE, invite(key), key);
    }

    private OutboundRequestView awaitDone(String key) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> view(key), view -> view.status() != OutboundRequestStatus.PENDING);
    }

    private VendorInvitationView awaitInvitation(String key, java.util.function.Predicate<VendorInvitationView> done) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> invitations.findByRequestKey(key).map(VendorInvitation::toView).orElse(null),
                        view -> view != null && done.test(view));
    }

    private OutboundRequestView view(String key) {
        return requests.find(key).orElseThrow();
    }

    private static String key(String what) {
        return what + "-" + UUID.randomUUID();
    }

    private static AssessmentRequest invite(String key) {
        return new AssessmentRequest("backend-lead", "Ada Lovelace", "ada@example.org", key);
    }
}
