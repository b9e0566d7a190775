package io.hirestage.plugin.api;

import java.util.Optional;

/**
 * A source of salary benchmarks, against which offers are checked.
 */
public interface SalaryDataSource extends StageProvider {

    /**
     * The benchmark for a query, or empty when the source has no data for it.
     *
     * @throws ProviderException when the source cannot be reached
     */
    Optional<SalaryBenchmark> benchmark(SalaryQuery query);

    /** What the source has data for, so the portal offers only queries it can answer. */
    SalaryCoverage coverage();
}
