package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/** Its vendor is down. */
@Extension
public class AlwaysFailingProvider implements SalaryDataSource {

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor("always-failing", "AlwaysFailingProvider", "Test vendor", "Its vendor is down", null);
    }

    @Override
    public ConnectionCheck testConnection() {
        throw new ProviderException("The vendor is down", true);
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
