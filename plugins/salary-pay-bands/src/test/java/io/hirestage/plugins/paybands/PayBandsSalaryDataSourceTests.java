package io.hirestage.plugins.paybands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingType;
import io.hirestage.plugin.testkit.InMemoryProviderStorage;
import io.hirestage.plugin.testkit.SalaryDataSourceContract;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's contract with the realistic 30-row file, and what an admin sees when uploading, refusing and testing it. */
class PayBandsSalaryDataSourceTests extends SalaryDataSourceContract<PayBandsSalaryDataSource> {

    private static final String ID = "salary-pay-bands";
    private static final String ACME = CsvFiles.read("acme-pay-bands-2026.csv");

    @Override
    protected PayBandsSalaryDataSource createProvider() {
        return new PayBandsSalaryDataSource();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(PayBandsSalaryDataSource.BANDS_FILE, ACME);
    }

    @Override
    protected SalaryQuery coveredQuery() {
        return new SalaryQuery("15-1252", "Senior Backend Developer", Seniority.SENIOR, "US", "CA", "San Francisco", "USD",
                PayPeriod.ANNUAL);
    }

    @Test
    void declaresNothingBeyondAnswering() {
        assertThat(provider.capabilities()).isEmpty();
    }

    @Test
    void asksForTheFileAsARequiredUpload() {
        SettingField file = provider.settingsSchema().field(PayBandsSalaryDataSource.BANDS_FILE).orElseThrow();

        assertThat(file.type()).isEqualTo(SettingType.TEXT_FILE);
        assertThat(file.required()).isTrue();
        assertThat(file.problemWith("")).hasValue("Pay bands file (CSV) is required");
    }

    @Test
    void answersWithTheBandsMinimumMidpointAndMaximum() {
        SalaryBenchmark benchmark = provider.benchmark(coveredQuery()).orElseThrow();

        assertThat(benchmark.p10()).as("the band's minimum").isEqualByComparingTo("168000");
        assertThat(benchmark.median()).as("its midpoint").isEqualByComparingTo("195000");
        assertThat(benchmark.p90()).as("its maximum").isEqualByComparingTo("222000");
        assertThat(benchmark.p25()).isNull();
        assertThat(benchmark.p75()).isNull();
        assertThat(benchmark.mean()).isNull();
        assertThat(benchmark.sampleSize()).isNull();
        assertThat(benchmark.location()).isEqualTo("US-San Francisco");
        assertThat(benchmark.currency()).isEqualTo("USD");
        assertThat(benchmark.period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(benchmark.asOf()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(benchmark.source()).isEqualTo("Our pay bands (file uploaded 5 January 2026, row 9)");
    }

    @Test
    void aBandForEveryOccupationSaysSo() {
        SalaryBenchmark benchmark = provider.benchmark(new SalaryQuery("29-1141", "Nurse", Seniority.JUNIOR, "US", "OH", null, null,
                PayPeriod.ANNUAL)).orElseThrow();

        assertThat(benchmark.occupationCode()).isEqualTo("29-1141");
        assertThat(benchmark.occupationTitle()).isEqualTo("Every occupation");
        assertThat(benchmark.median()).isEqualByComparingTo("60000");
    }

    @Test
    void aPlaceOrLevelWithoutABandIsNotCoveredRatherThanZero() {
        assertThat(provider.benchmark(new SalaryQuery("15-1252", null, Seniority.LEAD, "DE", "BY", "Munich", null, PayPeriod.ANNUAL)))
                .isEmpty();
        assertThat(provider.benchmark(SalaryQuery.annual("15-1252", "FR", null))).isEmpty();
    }

    @Test
    void aRefusedFileLeavesThePreviousBandsInForce() {
        assertThatThrownBy(() -> provider.configure(contextWith(CsvFiles.read("amounts-out-of-order.csv"))))
                .isInstanceOf(ProviderException.class)
                .hasMessage("""
                        The pay bands file was not loaded; correct it and upload it again.
                        Row 3: min 120,000 is above mid 115,000.
                        Row 4: max 90,000 is below mid 95,000.
                        Row 5: min 160,000 is above mid 95,000.
                        Row 5: max 90,000 is below mid 95,000.""")
                .satisfies(refused -> assertThat(((ProviderException) refused).isRetryable()).isFalse());

        assertThat(provider.benchmark(coveredQuery()).orElseThrow().median()).isEqualByComparingTo("195000");
        assertThat(provider.testConnection().message()).startsWith("30 pay bands loaded");
    }

    @Test
    void aNewFileReplacesTheBandsWhole() {
        provider.configure(contextWith(CsvFiles.read("windows-bom.csv")));

        assertThat(provider.benchmark(coveredQuery()).orElseThrow().location()).isEqualTo("US-CA");
        assertThat(provider.benchmark(new SalaryQuery("15-1252", null, Seniority.SENIOR, "GB", null, null, null, PayPeriod.ANNUAL)))
                .as("the old file's GB band is gone").isEmpty();
    }

    @Test
    void withoutAFileItIsNotSetUpAndSaysSo() {
        PayBandsSalaryDataSource fresh = createProvider();

        assertThatThrownBy(() -> fresh.configure(TestProviderContext.of(ID, Map.of()))).isInstanceOf(ProviderException.class)
                .hasMessage("No pay bands file is uploaded yet: upload a CSV with the columns level, location, currency, min, mid and max");
        assertThat(fresh.testConnection()).isEqualTo(ConnectionCheck.failed(
                "No pay bands file is loaded: upload one under Pay bands file (CSV)"));
        assertThatThrownBy(() -> fresh.benchmark(coveredQuery())).isInstanceOf(ProviderException.class)
                .hasMessage("No pay bands file is loaded: an admin uploads one in this provider's settings");
        assertThat(fresh.coverage().countries()).isEmpty();
        fresh.close();
    }

    @Test
    void theConnectionTestSaysHowManyBandsAndForWhichPlaces() {
        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("30 pay bands loaded from the file uploaded 5 January 2026. Levels with a band: "
                + "US (every level, junior, mid, senior, lead); US-CA (junior, mid, senior); US-San Francisco (senior); "
                + "US-NY (junior, mid, senior, lead); GB (every level, junior, mid, senior, lead); GB-London (senior); "
                + "DE (junior, mid, senior); DE-Berlin (lead). A level without a band in a city or region is answered from its "
                + "country's band; without one there either, it is not covered.");
    }

    @Test
    void theUploadDateIsTheDayTheFileCameInNotTheDayThePortalRestarted() {
        InMemoryProviderStorage storage = new InMemoryProviderStorage();
        TestProviderContext monday = TestProviderContext.of(ID, settings(), storage);
        PayBandsSalaryDataSource first = createProvider();
        first.configure(monday);
        first.close();

        TestProviderContext restart = TestProviderContext.of(ID, settings(), storage);
        restart.clock().advance(Duration.ofDays(10));
        PayBandsSalaryDataSource afterRestart = createProvider();
        afterRestart.configure(restart);
        assertThat(afterRestart.benchmark(coveredQuery()).orElseThrow().asOf()).isEqualTo(LocalDate.of(2026, 1, 5));

        TestProviderContext newFile = TestProviderContext.of(ID, Map.of(PayBandsSalaryDataSource.BANDS_FILE,
                CsvFiles.read("windows-bom.csv")), storage);
        newFile.clock().advance(Duration.ofDays(10));
        afterRestart.configure(newFile);
        SalaryBenchmark fromNewFile = afterRestart.benchmark(coveredQuery()).orElseThrow();
        assertThat(fromNewFile.asOf()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(fromNewFile.source()).isEqualTo("Our pay bands (file uploaded 15 January 2026, row 2)");
        afterRestart.close();
    }

    @Test
    void theExampleShippedForAdminsLoads() {
        provider.configure(contextWith(CsvFiles.shippedExample()));

        assertThat(provider.testConnection().message()).startsWith("11 pay bands loaded");
        assertThat(provider.benchmark(coveredQuery()).orElseThrow().location()).isEqualTo("US-San Francisco");
        assertThat(provider.benchmark(new SalaryQuery("13-2011", null, Seniority.MID, "DE", "HH", "Hamburg", "EUR", PayPeriod.ANNUAL))
                .orElseThrow().median()).isEqualByComparingTo("60000");
    }

    private TestProviderContext contextWith(String file) {
        return TestProviderContext.of(ID, Map.of(PayBandsSalaryDataSource.BANDS_FILE, file), context.storage());
    }
}
