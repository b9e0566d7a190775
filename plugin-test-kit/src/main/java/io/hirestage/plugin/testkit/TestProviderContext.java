package io.hirestage.plugin.testkit;

import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderSettings;
import io.hirestage.plugin.api.ProviderStorage;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * The context the portal would give a provider, with settings, a clock and a storage the test
 * controls. Its URLs point at {@link #PORTAL}, a name that resolves nowhere, so a provider under
 * test never reaches a portal that happens to run on the developer's machine.
 */
public record TestProviderContext(ProviderSettings settings, MutableClock clock, URI webhookUrl, ProviderStorage storage)
        implements ProviderContext {

    /** The portal's address in tests; {@code .invalid} never resolves (RFC 2606). */
    public static final URI PORTAL = URI.create("https://hirestage.invalid");

    /** A context with these settings, a clock at 2026-01-05T09:00Z, an empty storage and the provider's webhook URL. */
    public static TestProviderContext of(String providerId, Map<String, String> settings) {
        return of(providerId, settings, new InMemoryProviderStorage());
    }

    /** The same with this storage, for example the one an earlier instance used, as after a restart. */
    public static TestProviderContext of(String providerId, Map<String, String> settings, ProviderStorage storage) {
        return new TestProviderContext(ProviderSettings.of(settings), new MutableClock(Instant.parse("2026-01-05T09:00:00Z")),
                webhookUrl(providerId), storage);
    }

    /** The webhook URL the portal gives the provider. */
    public static URI webhookUrl(String providerId) {
        return PORTAL.resolve("/hooks/" + providerId);
    }

    /** A callback URL as the portal puts in each invitation request (its token here is made up). */
    public static URI callbackUrl(String providerId, String idempotencyKey) {
        return PORTAL.resolve("/hooks/" + providerId + "/callbacks/" + idempotencyKey + ".test-token");
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("hirestage.plugin.test");
    }
}
