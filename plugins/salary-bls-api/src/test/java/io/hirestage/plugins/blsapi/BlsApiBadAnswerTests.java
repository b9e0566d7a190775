package io.hirestage.plugins.blsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What BLS, or whatever answers at the API address, can get wrong, and queries BLS does not cover:
 * each is said in words an HR admin can act on, retried only when a retry can help, never shown as
 * zeros, and never with the registration key in it.
 */
class BlsApiBadAnswerTests {

    private static final MockBlsApi BLS = new MockBlsApi();
    private static final SalaryQuery DEVELOPERS = SalaryQuery.annual("15-1252", "US", null);

    private BlsApiSalaryDataSource provider;

    @AfterAll
    static void stopBls() throws IOException {
        BLS.stop();
    }

    @BeforeEach
    void configure() {
        BLS.reset();
        provider = new BlsApiSalaryDataSource(Duration.ofSeconds(1));
        provider.configure(TestProviderContext.of("salary-bls-api", Map.of(BlsApiSalaryDataSource.API_URL, BLS.apiUrl(),
                BlsApiSalaryDataSource.REGISTRATION_KEY, MockBlsApi.REGISTRATION_KEY)));
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aClientErrorIsSaidAndNotRetried() {
        BLS.misbehaving.set(new MockResponse.Builder().code(400).body("Bad Request").build());

        assertFails(() -> provider.benchmark(DEVELOPERS), "BLS refused the request (HTTP 400); check the API address and the registration key",
                false);
    }

    @Test
    void anAddressThatIsNotTheApiIsSaidAndNotRetried() {
        provider.configure(TestProviderContext.of("salary-bls-api", Map.of(BlsApiSalaryDataSource.API_URL, BLS.server.url("/api/").toString())));

        assertFails(() -> provider.benchmark(DEVELOPERS),
                "The API address does not lead to the BLS Public Data API (HTTP 404); check the API address", false);
        assertThat(provider.testConnection()).isEqualTo(ConnectionCheck.failed(
                "The API address does not lead to the BLS Public Data API (HTTP 404); check the API address"));
    }

    @Test
    void aServerErrorIsRetryable() {
        BLS.misbehaving.set(new MockResponse.Builder().code(503).body("Service Unavailable").build());

        assertFails(() -> provider.benchmark(DEVELOPERS), "The BLS Public Data API is not answering properly now (HTTP 503)", true);
    }

    @Test
    void anAnswerThatDoesNotComeInTimeIsAbandonedAndRetryable() {
        BLS.misbehaving.set(MockBlsApi.json(Map.of("status", "REQUEST_SUCCEEDED")).newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
        long started = System.nanoTime();

        assertFails(() -> provider.benchmark(DEVELOPERS), "The BLS Public Data API did not answer within 1 second", true);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("abandoned at the time limit, not when the server answers")
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aBodyThatTricklesInPastTheTimeLimitIsAbandonedToo() {
        BLS.misbehaving.set(MockBlsApi.json(Map.of("status", "REQUEST_SUCCEEDED")).newBuilder().bodyDelay(5, TimeUnit.SECONDS).build());
        long started = System.nanoTime();

        assertFails(() -> provider.benchmark(DEVELOPERS), "The BLS Public Data API did not answer within 1 second", true);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void anAnswerThatIsNotJsonIsRefused() {
        BLS.misbehaving.set(new MockResponse.Builder().code(200).body("{\"status\": \"REQUEST_SUCC").build());

        assertFails(() -> provider.benchmark(DEVELOPERS), "BLS's answer is not the JSON its API documents", false);
    }

    @Test
    void anAnswerLargerThanOneMegabyteIsNotRead() {
        BLS.misbehaving.set(MockBlsApi.json(Map.of("status", "REQUEST_SUCCEEDED", "padding", "x".repeat(1024 * 1024))));

        assertFails(() -> provider.benchmark(DEVELOPERS),
                "BLS's answer is larger than 1 MB, far more than any OEWS answer, so it was not read", false);
    }

    @Test
    void anAnswerWithoutADocumentedFieldIsRefused() {
        BLS.misbehaving.set(MockBlsApi.json(Map.of("message", List.of(), "Results", Map.of("series", List.of()))));
        assertFails(() -> provider.benchmark(DEVELOPERS), "BLS's answer lacks status, which its API documents", false);

        BLS.misbehaving.set(MockBlsApi.json(Map.of("status", "REQUEST_SUCCEEDED", "message", List.of())));
        assertFails(() -> provider.benchmark(DEVELOPERS), "BLS's answer lacks Results.series, which its API documents", false);

        BLS.misbehaving.set(MockBlsApi.json(Map.of("status", "REQUEST_SUCCEEDED", "Results", Map.of("series", List.of(
                Map.of("seriesID", "OEUN000000000000015125213", "data", List.of(Map.of("year", "2025", "period", "A01"))))))));
        assertFails(() -> provider.benchmark(DEVELOPERS), "BLS's answer lacks Results.series[].data[].value, which its API documents", false);
    }

    @Test
    void aStatusBlsDoesNotDocumentIsRefused() {
        BLS.misbehaving.set(MockBlsApi.json(Map.of("status", "REQUEST_TELEPORTED", "Results", Map.of("series", List.of()))));

        assertFails(() -> provider.benchmark(DEVELOPERS), "BLS answered with a status its API does not document: REQUEST_TELEPORTED", false);
    }

    @Test
    void aSpentDailyAllowanceIsSaidInBlsWordsWithoutTheKey() {
        BLS.refusal.set("Request could not be serviced, as the daily threshold for total number of requests allocated to the user "
                + "with registration key %s has been reached.");
        String expected = "BLS did not process the request: Request could not be serviced, as the daily threshold for total number of "
                + "requests allocated to the user with registration key (your registration key) has been reached. Figures fetched before "
                + "stay available; BLS takes new requests again the next day.";

        assertFails(() -> provider.benchmark(DEVELOPERS), expected, false);
        ConnectionCheck check = provider.testConnection();
        assertThat(check.ok()).isFalse();
        assertThat(check.message()).isEqualTo(expected).doesNotContain(MockBlsApi.REGISTRATION_KEY);
    }

    @Test
    void aWrongRegistrationKeyIsSaidWithoutRepeatingIt() {
        provider.configure(TestProviderContext.of("salary-bls-api", Map.of(BlsApiSalaryDataSource.API_URL, BLS.apiUrl(),
                BlsApiSalaryDataSource.REGISTRATION_KEY, "a1b2c3d4-not-my-key")));

        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).isFalse();
        assertThat(check.message()).isEqualTo("BLS did not process the request: The key: (your registration key) provided by the User is "
                + "invalid. Check the registration key in this provider's settings.").doesNotContain("a1b2c3d4-not-my-key");
        assertFails(() -> provider.benchmark(DEVELOPERS), check.message(), false);
    }

    @Test
    void anOccupationBlsDoesNotPublishIsNotCovered() {
        assertThat(provider.benchmark(SalaryQuery.annual("15-1299", "US", null))).isEmpty();
        assertThat(BLS.requestCount()).as("BLS was asked, and said the series do not exist").isEqualTo(1);

        BLS.misbehaving.set(MockBlsApi.notProcessed("Series does not exist for Series OEUS560000000000015122113"));
        assertThat(provider.benchmark(SalaryQuery.annual("15-1221", "US", "WY"))).as("BLS's other way of saying it").isEmpty();
    }

    @Test
    void figuresBlsDidNotPublishStayEmptyAndNoneAtAllIsNotCovered() {
        BLS.publish("OEUS110000000000015125201", "6120");
        BLS.publish("OEUS110000000000015125204", "-");
        BLS.publish("OEUS110000000000015125211", "85140");
        BLS.publish("OEUS110000000000015125212", "117120");
        BLS.publish("OEUS110000000000015125213", "136880");
        BLS.publish("OEUS110000000000015125214", "169580");
        BLS.publish("OEUS110000000000015125215", "*");

        SalaryBenchmark washington = provider.benchmark(SalaryQuery.annual("15-1252", "US", "DC")).orElseThrow();

        assertThat(washington.mean()).isNull();
        assertThat(washington.p90()).isNull();
        assertThat(washington.median()).isEqualByComparingTo("136880");
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252", "US", "AK")))
                .as("Alaska: employment estimated, every wage '-'; no benchmark rather than zeros").isEmpty();
    }

    @Test
    void aTopCodedWageIsLeftOutRatherThanShownAsAnExactFigure() {
        BLS.publish("OEUN000000000000015125215", "#");

        assertThat(provider.benchmark(DEVELOPERS).orElseThrow().p90()).isNull();
    }

    @Test
    void percentilesOutOfOrderAreRefused() {
        BLS.publish("OEUN000000000000015125213", "300000");

        assertFails(() -> provider.benchmark(DEVELOPERS),
                "BLS sent wage percentiles for 15-1252 in United States that are out of order, so they are not shown", false);
    }

    @Test
    void placesCurrenciesAndCodesOewsDoesNotCoverAreNotCoveredWithoutAsking() {
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252", "DE", null))).as("another country").isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252", "US", "ZZ"))).as("no such state").isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252", "US", "PR"))).as("Puerto Rico is its own ISO country").isEmpty();
        assertThat(provider.benchmark(new SalaryQuery("15-1252", null, Seniority.ANY, "US", null, null, "EUR", PayPeriod.ANNUAL)))
                .as("another currency").isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252\",\"x", "US", null))).as("not a SOC code").isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("00-0000", "US", null))).as("all occupations is no occupation").isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252", null, null))).as("no country").isEmpty();
        assertThat(BLS.requestCount()).isZero();
    }

    private static void assertFails(ThrowingCallable call, String message, boolean retryable) {
        assertThatThrownBy(call).isInstanceOf(ProviderException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ProviderException) e).isRetryable()).as("retryable").isEqualTo(retryable))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MockBlsApi.REGISTRATION_KEY));
    }
}
