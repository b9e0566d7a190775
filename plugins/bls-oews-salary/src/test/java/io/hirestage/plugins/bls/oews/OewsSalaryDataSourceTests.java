package io.hirestage.plugins.bls.oews;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.testkit.SalaryDataSourceContract;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OewsSalaryDataSourceTests extends SalaryDataSourceContract<OewsSalaryDataSource> {

    private final OewsSalaryDataSource source = new OewsSalaryDataSource();

    @Override
    protected OewsSalaryDataSource createProvider() {
        return new OewsSalaryDataSource();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of();
    }

    @Override
    protected SalaryQuery coveredQuery() {
        return SalaryQuery.annual("15-1252", "US", null);
    }

    @Test
    void nationalSoftwareDeveloperFiguresAreTheOnesBlsPublished() {
        SalaryBenchmark benchmark = source.benchmark(SalaryQuery.annual("15-1252", "US", null)).orElseThrow();

        assertThat(benchmark.occupationTitle()).isEqualTo("Software Developers");
        assertThat(benchmark.currency()).isEqualTo("USD");
        assertThat(benchmark.p10()).isLessThan(benchmark.p25());
        assertThat(benchmark.p25()).isLessThan(benchmark.median());
        assertThat(benchmark.median()).isLessThan(benchmark.p75());
        assertThat(benchmark.p75()).isLessThan(benchmark.p90());
        assertThat(benchmark.source()).contains("OEWS May 2025");
    }

    @Test
    void managersNationalMedianMatchesTheBundledExtract() {
        SalaryBenchmark benchmark = source.benchmark(SalaryQuery.annual("11-3021", "US", null)).orElseThrow();

        assertThat(benchmark.median()).isEqualByComparingTo(new BigDecimal("175140"));
        assertThat(benchmark.sampleSize()).isEqualTo(670570L);
    }

    @Test
    void aStateIsLookedUpByItsPostalCodeInAnyCase() {
        SalaryBenchmark alaska = source.benchmark(SalaryQuery.annual("11-3021", "us", "ak")).orElseThrow();

        assertThat(alaska.location()).startsWith("AK");
        assertThat(alaska.median()).isEqualByComparingTo(new BigDecimal("133490"));
    }

    @Test
    void anOccupationBlsCountsButPublishesNoWagesForIsNotCoveredRatherThanZero() {
        // BLS estimates 530 software developers in Alaska but released none of their wages: as the live BLS plugin says, not covered.
        assertThat(source.benchmark(SalaryQuery.annual("15-1252", "US", "AK"))).isEmpty();
        assertThat(source.benchmark(SalaryQuery.annual("15-1252", "US", "CA"))).isPresent();
    }

    @Test
    void outsideTheUnitedStatesThereIsNoBenchmark() {
        assertThat(source.benchmark(SalaryQuery.annual("15-1252", "DE", null))).isEmpty();
        assertThat(source.benchmark(SalaryQuery.annual("99-9999", "US", null))).isEmpty();
    }

    @Test
    void coversEveryBundledOccupationAndEveryState() {
        assertThat(source.coverage().occupationCodes()).hasSize(17).contains("15-1252", "11-3021");
        assertThat(source.coverage().regions()).hasSize(51).contains("AK", "DC", "WY");
    }
}
