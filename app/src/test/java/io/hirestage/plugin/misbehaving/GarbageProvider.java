package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/** Answers a connection test with nothing. */
@Extension
public class GarbageProvider implements SalaryDataSource {

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor("garbage", "GarbageProvider", "Test vendor", "Answers a connection test with nothing", null);
    }

    @Override
    public ConnectionCheck testConnection() {
        return null;
    }

    @Override
    public Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        return Optional.empty();
    }

    @Override
    public SalaryCoverage coverage() {
        return new SalaryCoverage(Set.of(), Set.of(), Set.of());
    }
}
