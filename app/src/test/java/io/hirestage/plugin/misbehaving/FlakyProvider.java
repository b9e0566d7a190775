package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import java.util.concurrent.atomic.AtomicInteger;
import org.pf4j.Extension;

/** Fails the first two attempts of every third call with a retryable error, then answers. */
@Extension
public class FlakyProvider extends TestSalaryDataSource {

    private final AtomicInteger attempts = new AtomicInteger();

    public FlakyProvider() {
        super("flaky", "Fails twice, then answers");
    }

    @Override
    public ConnectionCheck testConnection() {
        int attempt = attempts.incrementAndGet();
        if (attempt % 3 != 0) {
            throw new ProviderException("Rate limited, attempt " + attempt, true);
        }
        return ConnectionCheck.ok("Answered on attempt " + attempt);
    }
}
