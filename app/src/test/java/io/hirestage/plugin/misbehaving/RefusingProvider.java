package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.ConnectionCheck;
import org.pf4j.Extension;

/** Answers a connection test, as a vendor that refuses the API key: not connected. */
@Extension
public class RefusingProvider extends TestSalaryDataSource {

    public RefusingProvider() {
        super("refusing", "Refuses the API key");
    }

    @Override
    public ConnectionCheck testConnection() {
        return ConnectionCheck.failed("The vendor refused the API key");
    }
}
