package io.hirestage.plugin.misbehaving;

import java.util.concurrent.CountDownLatch;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.misbehaving.TestSalaryDataSource;
import org.pf4j.Extension;

/** Never answers a connection test. */
@Extension
public class HangingProvider extends TestSalaryDataSource {

    /** Never counted down: the call waits as a vendor that never answers, until the host interrupts it. */
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    public HangingProvider() {
        super("hanging", "Never answers a connection test");
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            NEVER.await();
            return null;
        } catch (InterruptedException e) {
            throw new ProviderException("Interrupted", false);
        }
    }
}
