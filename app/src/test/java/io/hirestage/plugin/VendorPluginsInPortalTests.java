package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.LiveInterviewRequest;
import io.hirestage.plugin.api.VideoInterviewProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The bundled vendor plugins as built (their packed libraries inside), in the portal: each is set up
 * from the console, and its connection test tells the truth against a small HTTP server that speaks
 * its vendor's documented API. The partner API has its own class, {@link PartnerPluginInPortalTests}.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class VendorPluginsInPortalTests {

    private static final String BANDS = """
            level,location,occupation,currency,min,mid,max
            senior,US,15-1252,USD,"130,000","152,000","175,000"
            senior,US-CA,15-1252,USD,"155,000","180,000","205,000"
            """;
    private static final SalaryQuery SENIOR_IN_CALIFORNIA = new SalaryQuery("15-1252", null, SalaryQuery.Seniority.SENIOR, "US", "CA",
            null, "USD", SalaryQuery.PayPeriod.ANNUAL);

    private static HttpServer vendors;

    @Autowired
    ProviderConsole console;

    @Autowired
    ProviderCalls calls;

    @BeforeAll
    static void vendorsSpeakTheirApis() throws IOException {
        vendors = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vendors.createContext("/oneway/interview_templates/tmpl-7", exchange -> answer(exchange,
                "Bearer oneway-key".equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 200 : 401,
                "{\"name\": \"Backend lead screen\", \"questions\": [\"Tell us about an outage you led\"]}"));
        vendors.createContext("/bls/timeseries/data/", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            answer(exchange, 200, request.contains("\"wrong-key\"")
                    ? "{\"status\": \"REQUEST_NOT_PROCESSED\", \"responseTime\": 5, \"message\": [\"The key:wrong-key provided by the User is invalid.\"], \"Results\": {}}"
                    : "{\"status\": \"REQUEST_SUCCEEDED\", \"responseTime\": 12, \"message\": [], \"Results\": {\"series\": [{\"seriesID\": "
                            + "\"OEUN000000000000000000013\", \"data\": [{\"year\": \"2025\", \"period\": \"A01\", \"periodName\": \"Annual\", "
                            + "\"value\": \"49500\", \"footnotes\": [{}]}]}]}}");
        });
        vendors.createContext("/external_api.js", exchange -> answer(exchange, 200, "/* Jitsi Meet external API */"));
        vendors.start();
    }

    @AfterAll
    static void stopVendors() {
        vendors.stop(0);
    }

    @Test
    void payBandsUploadedAnswerSalaryQueriesAndABadFileIsRefusedWithTheBandsInUseKept() {
        console.saveSettings("salary-pay-bands", Map.of("bandsFile", BANDS));

        assertThat(console.provider("salary-pay-bands").setupProblem()).isNull();
        assertThat(connectionCheck("salary-pay-bands").message()).startsWith("2 pay bands loaded from the file uploaded");
        assertThat(benchmark(SENIOR_IN_CALIFORNIA).orElseThrow().median()).isEqualByComparingTo("180000");

        String badRow = BANDS + "lead,US,15-1252,USD,\"200,000\",\"190,000\",\"250,000\"\n";
        assertThatThrownBy(() -> console.saveSettings("salary-pay-bands", Map.of("bandsFile", badRow)))
                .isInstanceOf(SettingsRefusedException.class)
                .satisfies(refused -> assertThat(((SettingsRefusedException) refused).reason()).contains("Row 4"));

        assertThat(console.settingsForm("salary-pay-bands").values().get("bandsFile")).isEqualTo(BANDS.trim());
        assertThat(console.provider("salary-pay-bands").setupProblem()).isNull();
        assertThat(benchmark(SENIOR_IN_CALIFORNIA).orElseThrow().median()).as("the bands in use still answer").isEqualByComparingTo("180000");
        assertThat(benchmark(new SalaryQuery("15-1252", null, SalaryQuery.Seniority.SENIOR, "DE", null, null, "EUR",
                SalaryQuery.PayPeriod.ANNUAL))).as("a place without a band is not covered").isEmpty();
    }

    @Test
    void theOneWayVideoVendorIsReachedWithTheKeyAndAWrongKeyIsSaidSo() {
        String address = "http://127.0.0.1:" + vendors.getAddress().getPort() + "/oneway/";
        console.saveSettings("video-oneway-webhook", Map.of("baseUrl", address, "apiKey", "oneway-key", "templateId", "tmpl-7"));

        assertThat(connectionCheck("video-oneway-webhook").message())
                .startsWith("Connected: interview template 'Backend lead screen' with 1 question");

        console.saveSettings("video-oneway-webhook", Map.of("baseUrl", address, "apiKey", "not-the-key", "templateId", "tmpl-7"));
        assertThat(connectionCheck("video-oneway-webhook").ok()).isFalse();
        assertThat(connectionCheck("video-oneway-webhook").message()).contains("The vendor refused the API key");
    }

    @Test
    void theLiveBlsApiAnswersTheConnectionCheckAndARefusedKeyIsNeverRepeated() {
        String address = "http://127.0.0.1:" + vendors.getAddress().getPort() + "/bls/";
        console.saveSettings("salary-bls-api", Map.of("apiUrl", address, "registrationKey", "good-key"));

        assertThat(connectionCheck("salary-bls-api").message())
                .isEqualTo("Connected: BLS publishes OEWS May 2025; the national median wage of all occupations is $49,500 a year");

        console.saveSettings("salary-bls-api", Map.of("apiUrl", address, "registrationKey", "wrong-key"));
        ConnectionCheck refused = connectionCheck("salary-bls-api");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("is invalid").doesNotContain("wrong-key");
    }

    @Test
    void jitsiBooksALiveInterviewWithItsPackedLibrariesAndASecretTooShortIsRefusedWhenSaved() {
        String server = "http://127.0.0.1:" + vendors.getAddress().getPort();
        console.saveSettings("video-jitsi", Map.of("serverUrl", server, "signIn", "No sign-in: anyone with the link can join"));

        assertThat(connectionCheck("video-jitsi").message()).isEqualTo("The Jitsi server at 127.0.0.1 answered: it serves Jitsi Meet; links need no sign-in");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        LiveInterview booked = calls.call("video-jitsi", VideoInterviewProvider.class, "book", provider -> provider.scheduleLive(
                new LiveInterviewRequest("Backend Lead Developer: structured interview", start, Duration.ofMinutes(60), List.of(
                        new LiveInterviewRequest.Participant("Kim Doe", "kim@example.org", true),
                        new LiveInterviewRequest.Participant("Ivy Interviewer", "ivy@example.org", false)), "live-" + UUID.randomUUID())));
        assertThat(booked.joinLinks()).containsOnlyKeys("kim@example.org", "ivy@example.org")
                .allSatisfy((email, link) -> assertThat(link.toString()).startsWith(server + "/interview-"));
        assertThat(booked.calendar()).contains("METHOD:REQUEST", "SUMMARY:Backend Lead Developer: structured interview")
                .doesNotContain(server);

        assertThatThrownBy(() -> console.saveSettings("video-jitsi", Map.of("serverUrl", server,
                "signIn", "Self-hosted Jitsi with an app secret", "appId", "hirestage", "appSecret", "too-short")))
                .isInstanceOf(SettingsRefusedException.class).hasMessageContaining("App secret");
        assertThat(connectionCheck("video-jitsi").ok()).as("the settings in use still work").isTrue();
    }

    private ConnectionCheck connectionCheck(String providerId) {
        return console.testConnection(providerId).orTimeout(15, TimeUnit.SECONDS).join();
    }

    private Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        return calls.call("salary-pay-bands", SalaryDataSource.class, "benchmark", source -> source.benchmark(query));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 401 ? -1 : body.length);
        if (status != 401) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
