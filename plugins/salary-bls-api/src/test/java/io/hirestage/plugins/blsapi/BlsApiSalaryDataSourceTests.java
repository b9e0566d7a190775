package io.hirestage.plugins.blsapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingType;
import io.hirestage.plugin.testkit.SalaryDataSourceContract;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kit's contract against a mock of the BLS Public Data API over real HTTP, and the requests a query makes. */
class BlsApiSalaryDataSourceTests extends SalaryDataSourceContract<BlsApiSalaryDataSource> {

    private static final MockBlsApi BLS = new MockBlsApi();

    @AfterAll
    static void stopBls() throws IOException {
        BLS.stop();
    }

    @BeforeEach
    void freshBls() {
        BLS.reset();
    }

    @Override
    protected BlsApiSalaryDataSource createProvider() {
        return new BlsApiSalaryDataSource();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(BlsApiSalaryDataSource.API_URL, BLS.apiUrl(), BlsApiSalaryDataSource.REGISTRATION_KEY, MockBlsApi.REGISTRATION_KEY);
    }

    @Override
    protected SalaryQuery coveredQuery() {
        return SalaryQuery.annual("15-1252", "US", null);
    }

    @Test
    void declaresNoCapabilities() {
        assertThat(provider.capabilities()).isEmpty();
    }

    @Test
    void offersTheAddressTheKeyAndTheKeepingTime() {
        assertThat(provider.settingsSchema().fields()).extracting(SettingField::key, SettingField::type, SettingField::defaultValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("apiUrl", SettingType.URL, "https://api.bls.gov/publicAPI/v2/"),
                        org.assertj.core.groups.Tuple.tuple("registrationKey", SettingType.SECRET, null),
                        org.assertj.core.groups.Tuple.tuple("cacheHours", SettingType.NUMBER, "168"));
        SettingField keepFor = provider.settingsSchema().field("cacheHours").orElseThrow();
        assertThat(keepFor.problemWith("0")).contains("Enter a number from 1 to 8760");
        assertThat(provider.settingsSchema().field("registrationKey").orElseThrow().help())
                .contains("https://data.bls.gov/registrationEngine/", "500 requests a day", "25");
    }

    @Test
    void aNationalQueryAsksForTheSevenAnnualSeriesWithTheKeyInOneRequest() {
        SalaryBenchmark benchmark = provider.benchmark(SalaryQuery.annual("15-1252", "US", null)).orElseThrow();

        assertThat(BLS.requestCount()).isEqualTo(1);
        assertThat(BLS.lastSeriesAskedFor()).containsExactlyInAnyOrder("OEUN000000000000015125201", "OEUN000000000000015125204",
                "OEUN000000000000015125211", "OEUN000000000000015125212", "OEUN000000000000015125213", "OEUN000000000000015125214",
                "OEUN000000000000015125215");
        assertThat(BLS.lastRequest()).containsEntry("registrationkey", MockBlsApi.REGISTRATION_KEY).doesNotContainKeys("startyear", "endyear");
        assertThat(benchmark.occupationTitle()).isEqualTo("Software Developers");
        assertThat(benchmark.location()).isEqualTo("United States");
        assertThat(benchmark.currency()).isEqualTo("USD");
        assertThat(benchmark.period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(benchmark.p10()).isEqualByComparingTo("82460");
        assertThat(benchmark.p25()).isEqualByComparingTo("105210");
        assertThat(benchmark.median()).isEqualByComparingTo("135980");
        assertThat(benchmark.p75()).isEqualByComparingTo("171980");
        assertThat(benchmark.p90()).isEqualByComparingTo("214670");
        assertThat(benchmark.mean()).isEqualByComparingTo("148100");
        assertThat(benchmark.sampleSize()).isEqualTo(1_687_890L);
    }

    @Test
    void theCitationAndDateNameTheOewsReleaseBlsSent() {
        SalaryBenchmark benchmark = provider.benchmark(coveredQuery()).orElseThrow();

        assertThat(benchmark.source()).isEqualTo("U.S. Bureau of Labor Statistics, OEWS May 2025 (BLS Public Data API)");
        assertThat(benchmark.asOf()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void aStateIsAskedForByItsFipsCodeWhateverTheCase() {
        SalaryBenchmark california = provider.benchmark(SalaryQuery.annual("15-1252", "us", " ca ")).orElseThrow();

        assertThat(BLS.lastSeriesAskedFor()).allSatisfy(series -> assertThat(series).startsWith("OEUS0600000000000151252"));
        assertThat(california.location()).isEqualTo("CA, United States");
        assertThat(california.median()).isEqualByComparingTo("174410");
        assertThat(california.sampleSize()).isEqualTo(284_390L);
    }

    @Test
    void anHourlyQueryAsksForTheHourlyWages() {
        SalaryBenchmark hourly = provider.benchmark(new SalaryQuery("15-1252", "Backend developer", Seniority.SENIOR, "US", null, null, "USD",
                PayPeriod.HOURLY)).orElseThrow();

        assertThat(BLS.lastSeriesAskedFor()).containsExactlyInAnyOrder("OEUN000000000000015125201", "OEUN000000000000015125203",
                "OEUN000000000000015125206", "OEUN000000000000015125207", "OEUN000000000000015125208", "OEUN000000000000015125209",
                "OEUN000000000000015125210");
        assertThat(hourly.period()).isEqualTo(PayPeriod.HOURLY);
        assertThat(hourly.median()).isEqualByComparingTo(new BigDecimal("65.38"));
        assertThat(hourly.p10()).isEqualByComparingTo(new BigDecimal("39.64"));
        assertThat(hourly.mean()).isEqualByComparingTo(new BigDecimal("71.20"));
    }

    @Test
    void anOccupationWithoutAKnownTitleIsStillAskedOfBls() {
        BLS.publish("OEUN000000000000029114113", "93600");

        SalaryBenchmark nurses = provider.benchmark(SalaryQuery.annual("29-1141", "US", null)).orElseThrow();

        assertThat(nurses.median()).isEqualByComparingTo("93600");
        assertThat(nurses.p10()).isNull();
        assertThat(nurses.occupationTitle()).as("the plugin ships titles only for the occupations of its coverage").isNull();
    }

    @Test
    void testConnectionAsksForTheNationalMedianOfAllOccupationsAndSaysIt() {
        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("Connected: BLS publishes OEWS May 2025; the national median wage of all occupations is $49,500 a year");
        assertThat(BLS.lastSeriesAskedFor()).containsExactly(MockBlsApi.ALL_OCCUPATIONS_MEDIAN);
    }

    @Test
    void withoutARegistrationKeyNoneIsSentAndTheAdminIsToldTheLowerLimit() {
        provider.configure(TestProviderContext.of("salary-bls-api", Map.of(BlsApiSalaryDataSource.API_URL, BLS.apiUrl())));

        ConnectionCheck check = provider.testConnection();
        provider.benchmark(coveredQuery()).orElseThrow();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).endsWith("No registration key is set, so BLS allows 25 requests a day");
        assertThat(BLS.lastRequest()).doesNotContainKey("registrationkey");
    }

    @Test
    void coversTheTitledOccupationsInTheUnitedStatesAndEveryState() {
        assertThat(provider.coverage().countries()).containsExactly("US");
        assertThat(provider.coverage().regions()).hasSize(51).contains("AK", "CA", "DC", "WY");
        assertThat(provider.coverage().occupationCodes()).hasSize(17).contains("15-1252", "11-3021");
    }
}
