package io.hirestage.plugin.api11;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.misbehaving.TestAssessmentProvider;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.pf4j.Extension;

/**
 * Shaped like the assessment partner API: an id back, later a percentage; no candidate link, expiry,
 * cancel or erasure; callbacks instead of webhooks. Keeps its idempotency keys in the portal's
 * storage, and counts how often it is configured and closed (read by the test through reflection,
 * since the plugin's class loader has its own copy of this class).
 */
@Extension
public class CountingAssessments extends TestAssessmentProvider {

    private static final AtomicInteger CONFIGURED = new AtomicInteger();
    private static final AtomicInteger CLOSED = new AtomicInteger();
    private volatile ProviderContext context;

    public CountingAssessments() {
        super("counting", "Counts configure and close; keeps its keys in the portal's storage");
    }

    public static int configured() {
        return CONFIGURED.get();
    }

    public static int closed() {
        return CLOSED.get();
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CALLBACKS);
    }

    @Override
    public void configure(ProviderContext context) {
        this.context = context;
        CONFIGURED.incrementAndGet();
    }

    @Override
    public void close() {
        CLOSED.incrementAndGet();
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        return new AssessmentInvitation(context.storage().putIfAbsent("key:" + request.idempotencyKey(), "cnt-" + UUID.randomUUID()),
                null, null);
    }

    @Override
    public AssessmentResult result(String invitationId) {
        if (!invitationId.startsWith("cnt-")) {
            throw new ProviderException("No invitation " + invitationId, false);
        }
        return new AssessmentResult(AssessmentResult.Status.COMPLETED, 72, null, Map.of(), null, null);
    }
}
