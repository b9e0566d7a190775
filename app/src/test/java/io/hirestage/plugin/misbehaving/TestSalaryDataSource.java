package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.util.Optional;
import java.util.Set;

/**
 * A salary source that knows nothing, for test providers whose point is how they answer a
 * connection test. {@link io.hirestage.plugin.TestPluginJar} packs it along with its subclasses.
 */
public abstract class TestSalaryDataSource implements SalaryDataSource {

    private final ProviderDescriptor descriptor;

    protected TestSalaryDataSource(String id, String description) {
        this.descriptor = new ProviderDescriptor(id, getClass().getSimpleName(), "Test vendor", description, null);
    }

    @Override
    public ProviderDescriptor descriptor() {
        return descriptor;
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
