package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.misbehaving.TestSalaryDataSource;
import org.pf4j.Extension;

/** Answers a connection test with nothing. */
@Extension
public class GarbageProvider extends TestSalaryDataSource {

    public GarbageProvider() {
        super("garbage", "Answers a connection test with nothing");
    }

    @Override
    public ConnectionCheck testConnection() {
        return null;
    }
}
