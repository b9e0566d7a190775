package io.hirestage.plugins.bls.oews;

import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.Extension;

/**
 * Salary benchmarks from the U.S. Bureau of Labor Statistics' Occupational Employment and Wage
 * Statistics (OEWS), May 2025, for the whole United States and for each state. The figures ship
 * inside the plugin (public domain), so it needs no network and no settings. OEWS has no seniority
 * levels; a query's seniority is not used, and hourly or non-USD queries get no answer.
 */
@Extension
public class OewsSalaryDataSource implements SalaryDataSource {

    private static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("bls-oews-salary",
            "BLS OEWS wage estimates (May 2025)", "U.S. Bureau of Labor Statistics",
            "Annual wage percentiles for computer and engineering occupations, nationally and per U.S. state.",
            URI.create("https://www.bls.gov/oes/"));

    private final OewsTables tables = OewsTables.loadBundled();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        if (!"US".equalsIgnoreCase(query.country()) || query.period() == SalaryQuery.PayPeriod.HOURLY
                || (query.currency() != null && !"USD".equalsIgnoreCase(query.currency()))) {
            return Optional.empty();
        }
        Optional<SalaryBenchmark> figures = query.region() == null || query.region().isBlank()
                ? tables.national(query.occupationCode())
                : tables.state(query.occupationCode(), query.region().toUpperCase());
        // BLS counts some jobs without publishing their wages (software developers in Alaska): not covered, not a blank answer.
        return figures.filter(OewsSalaryDataSource::hasAnyWage);
    }

    private static boolean hasAnyWage(SalaryBenchmark benchmark) {
        return Stream.of(benchmark.p10(), benchmark.p25(), benchmark.median(), benchmark.p75(), benchmark.p90(), benchmark.mean())
                .anyMatch(Objects::nonNull);
    }

    @Override
    public SalaryCoverage coverage() {
        return new SalaryCoverage(tables.occupationCodes(), java.util.Set.of("US"), tables.states());
    }
}
