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

/** Never answers a connection test. */
@Extension
public class HangingProvider implements SalaryDataSource {

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor("hanging", "HangingProvider", "Test vendor", "Never answers a connection test", null);
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            Thread.sleep(Long.MAX_VALUE); return null;
        } catch (InterruptedException e) {
            throw new ProviderException("Interrupted", false);
        }
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
