package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.util.Optional;
import org.pf4j.Extension;

/** Throws while PF4J creates it, as an extension whose client cannot start would. */
@Extension
public class ThrowingConstructorProvider implements SalaryDataSource {

    public ThrowingConstructorProvider() {
        throw new IllegalStateException("cannot reach the licence server");
    }

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor("throwing", "Throwing", "Test vendor", "Never gets created", null);
    }

    @Override
    public Optional<SalaryBenchmark> benchmark(SalaryQuery query) {
        return Optional.empty();
    }

    @Override
    public SalaryCoverage coverage() {
        throw new UnsupportedOperationException();
    }
}
