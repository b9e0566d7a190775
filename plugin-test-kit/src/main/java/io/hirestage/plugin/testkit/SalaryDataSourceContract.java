package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link SalaryDataSource}; extend it as shown for {@link AssessmentProviderContract}.
 *
 * @param <P> the provider type
 */
public abstract class SalaryDataSourceContract<P extends SalaryDataSource> extends StageProviderContract<P> {

    /** A query your source (or its mock vendor) has data for. */
    protected abstract SalaryQuery coveredQuery();

    @Test
    void saysWhatItCovers() {
        SalaryCoverage coverage = provider.coverage();

        assertThat(coverage.occupationCodes()).isNotEmpty().allSatisfy(code -> assertThat(code).matches("\\d{2}-\\d{4}"));
        assertThat(coverage.countries()).isNotEmpty().allSatisfy(country -> assertThat(country).matches("[A-Z]{2}"));
        assertThat(coverage.occupationCodes()).contains(coveredQuery().occupationCode());
    }

    @Test
    void answersACoveredQueryWithOrderedPercentilesAndACitation() {
        SalaryBenchmark benchmark = provider.benchmark(coveredQuery()).orElseThrow(
                () -> new AssertionError("no benchmark for the covered query " + coveredQuery()));

        assertThat(benchmark.occupationCode()).isEqualTo(coveredQuery().occupationCode());
        assertThat(benchmark.currency()).matches("[A-Z]{3}");
        assertThat(benchmark.period()).isNotNull();
        assertThat(benchmark.source()).isNotBlank();
        assertThat(benchmark.asOf()).isNotNull();
        // Any figure may be absent (a source that publishes only a median): Stream.of takes the nulls, List.of would not.
        List<BigDecimal> percentiles = Stream.of(benchmark.p10(), benchmark.p25(), benchmark.median(),
                benchmark.p75(), benchmark.p90()).filter(Objects::nonNull).toList();
        assertThat(percentiles).as("at least one percentile").isNotEmpty().isSorted()
                .allSatisfy(value -> assertThat(value).isPositive());
    }

    @Test
    void answersAnUncoveredQueryWithNothingRatherThanAGuess() {
        assertThat(provider.benchmark(SalaryQuery.annual("00-0000", coveredQuery().country(), null))).isEmpty();
    }
}
