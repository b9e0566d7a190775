package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.misbehaving.TestSalaryDataSource;
import org.pf4j.Extension;

/** Never answers a connection test. */
@Extension
public class HangingProvider extends TestSalaryDataSource {

    public HangingProvider() {
        super("hanging", "Never answers a connection test");
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            Thread.sleep(Long.MAX_VALUE);
            return null;
        } catch (InterruptedException e) {
            throw new ProviderException("Interrupted", false);
        }
    }
}
