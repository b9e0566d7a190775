package io.hirestage.plugin.benchplugin;

import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.misbehaving.TestSalaryDataSource;
import org.pf4j.Extension;

/** Answers at once, so a benchmark measures the portal's cost of a call and not a vendor's. */
@Extension
public class InstantProvider extends TestSalaryDataSource {

    private static final ConnectionCheck OK = ConnectionCheck.ok("instant");

    public InstantProvider() {
        super("instant", "Answers at once, so a benchmark measures the portal's cost of a call and not a vendor's");
    }

    @Override
    public ConnectionCheck testConnection() {
        return OK;
    }
}
