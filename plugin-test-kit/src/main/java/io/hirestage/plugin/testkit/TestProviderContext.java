package io.hirestage.plugin.testkit;

import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderSettings;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The context the portal would give a provider, with settings and a clock the test controls. */
public record TestProviderContext(ProviderSettings settings, MutableClock clock, URI webhookUrl) implements ProviderContext {

    /** A context with these settings, a clock at 2026-01-05T09:00Z and a local webhook URL. */
    public static TestProviderContext of(String providerId, Map<String, String> settings) {
        return new TestProviderContext(ProviderSettings.of(settings), new MutableClock(Instant.parse("2026-01-05T09:00:00Z")),
                URI.create("http://localhost:8080/hooks/" + providerId));
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("hirestage.plugin.test");
    }
}
