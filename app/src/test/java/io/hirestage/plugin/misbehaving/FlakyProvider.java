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
import java.util.concurrent.atomic.AtomicInteger;
import org.pf4j.Extension;

/** Fails the first two attempts of every third call with a retryable error, then answers. */
@Extension
public class FlakyProvider implements SalaryDataSource {

    private final AtomicInteger attempts = new AtomicInteger();

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor("flaky", "FlakyProvider", "Test vendor", "Fails twice, then answers", null);
    }

    @Override
    public ConnectionCheck testConnection() {
        int attempt = attempts.incrementAndGet();
        if (attempt % 3 != 0) {
            throw new ProviderException("Rate limited, attempt " + attempt, true);
        }
        return ConnectionCheck.ok("Answered on attempt " + attempt);
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
