package io.hirestage.plugins.blsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.testkit.InMemoryProviderStorage;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BLS's answers are kept in the portal's storage for the chosen hours, so repeated queries and restarts spend no requests. */
class BlsApiAnswerKeepingTests {

    private static final MockBlsApi BLS = new MockBlsApi();
    private static final SalaryQuery DEVELOPERS = SalaryQuery.annual("15-1252", "US", null);

    private final InMemoryProviderStorage storage = new InMemoryProviderStorage();
    private TestProviderContext context;
    private BlsApiSalaryDataSource provider;

    @AfterAll
    static void stopBls() throws IOException {
        BLS.stop();
    }

    @BeforeEach
    void configure() {
        BLS.reset();
        provider = started(Map.of());
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void theSecondQueryIsAnsweredFromTheKeptAnswerWithoutARequest() {
        var first = provider.benchmark(DEVELOPERS).orElseThrow();
        var second = provider.benchmark(DEVELOPERS).orElseThrow();

        assertThat(BLS.requestCount()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anAnswerIsKeptForAWeekByDefault() {
        provider.benchmark(DEVELOPERS);

        context.clock().advance(Duration.ofHours(167));
        provider.benchmark(DEVELOPERS);
        assertThat(BLS.requestCount()).as("within the week").isEqualTo(1);

        context.clock().advance(Duration.ofHours(1));
        provider.benchmark(DEVELOPERS);
        assertThat(BLS.requestCount()).as("a week after it was fetched").isEqualTo(2);
    }

    @Test
    void theKeepingTimeIsTheAdminsChoice() {
        provider.close();
        provider = started(Map.of(BlsApiSalaryDataSource.CACHE_HOURS, "2"));
        provider.benchmark(DEVELOPERS);

        context.clock().advance(Duration.ofMinutes(119));
        provider.benchmark(DEVELOPERS);
        assertThat(BLS.requestCount()).isEqualTo(1);

        context.clock().advance(Duration.ofMinutes(1));
        BLS.publish("OEUN000000000000015125213", "136000");
        assertThat(provider.benchmark(DEVELOPERS).orElseThrow().median()).as("the new figure, fetched again").isEqualByComparingTo("136000");
        assertThat(BLS.requestCount()).isEqualTo(2);
    }

    @Test
    void figuresBlsDidNotPublishStayEmptyInTheKeptAnswer() {
        BLS.publish("OEUN000000000000015125204", "-");
        BLS.publish("OEUN000000000000015125215", "*");
        var fetched = provider.benchmark(DEVELOPERS).orElseThrow();

        var kept = provider.benchmark(DEVELOPERS).orElseThrow();

        assertThat(BLS.requestCount()).isEqualTo(1);
        assertThat(kept).isEqualTo(fetched);
        assertThat(kept.mean()).isNull();
        assertThat(kept.p90()).isNull();
        assertThat(kept.median()).isEqualByComparingTo("135980");
    }

    @Test
    void thatBlsHasNoFiguresIsKeptToo() {
        assertThat(provider.benchmark(SalaryQuery.annual("15-1299", "US", null))).isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("15-1299", "US", null))).isEmpty();

        assertThat(BLS.requestCount()).isEqualTo(1);
    }

    @Test
    void eachPlaceAndPayPeriodIsKeptApart() {
        provider.benchmark(DEVELOPERS);
        provider.benchmark(SalaryQuery.annual("15-1252", "US", "CA"));
        provider.benchmark(new SalaryQuery("15-1252", null, SalaryQuery.Seniority.ANY, "US", null, null, null, SalaryQuery.PayPeriod.HOURLY));

        assertThat(BLS.requestCount()).isEqualTo(3);
        assertThat(storage.size()).isEqualTo(3);
    }

    @Test
    void keptAnswersSurviveARestart() {
        provider.benchmark(DEVELOPERS);
        provider.close();

        provider = started(Map.of());
        assertThat(provider.benchmark(DEVELOPERS)).isPresent();

        assertThat(BLS.requestCount()).isEqualTo(1);
    }

    @Test
    void aFailureIsNotKept() {
        BLS.misbehaving.set(new MockResponse.Builder().code(503).build());
        assertThatThrownBy(() -> provider.benchmark(DEVELOPERS)).isInstanceOf(ProviderException.class);

        BLS.misbehaving.set(null);
        assertThat(provider.benchmark(DEVELOPERS)).isPresent();
        assertThat(BLS.requestCount()).isEqualTo(2);
    }

    @Test
    void aDamagedEntryIsFetchedAgain() {
        storage.put("oews/annual/N0000000/15-1252", "{\"fetchedAt\": \"yesterday\"");

        assertThat(provider.benchmark(DEVELOPERS)).isPresent();
        assertThat(BLS.requestCount()).isEqualTo(1);
    }

    private BlsApiSalaryDataSource started(Map<String, String> extraSettings) {
        Map<String, String> settings = new HashMap<>(Map.of(BlsApiSalaryDataSource.API_URL, BLS.apiUrl(),
                BlsApiSalaryDataSource.REGISTRATION_KEY, MockBlsApi.REGISTRATION_KEY));
        settings.putAll(extraSettings);
        TestProviderContext restarted = TestProviderContext.of("salary-bls-api", settings, storage);
        if (context != null) {
            restarted.clock().advance(Duration.between(restarted.clock().instant(), context.clock().instant()));
        }
        context = restarted;
        BlsApiSalaryDataSource started = new BlsApiSalaryDataSource();
        started.configure(context);
        return started;
    }
}
