package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.misbehaving.TestSalaryDataSource;
import org.pf4j.Extension;

/** Its vendor is down. */
@Extension
public class AlwaysFailingProvider extends TestSalaryDataSource {

    public AlwaysFailingProvider() {
        super("always-failing", "Its vendor is down");
    }

    @Override
    public ConnectionCheck testConnection() {
        throw new ProviderException("The vendor is down", true);
    }
}
