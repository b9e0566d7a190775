package io.hirestage.plugin.api11;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.ProviderContext;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.misbehaving.TestAssessmentProvider;
import java.util.concurrent.CountDownLatch;
import org.pf4j.Extension;

/** Never finishes taking its settings, like a provider that calls a vendor in configure and waits for ever. */
@Extension
public class SlowToConfigure extends TestAssessmentProvider {

    private static final CountDownLatch NEVER = new CountDownLatch(1);

    public SlowToConfigure() {
        super("slow-setup", "Hangs in configure");
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        throw new ProviderException("Never set up", false);
    }

    @Override
    public void configure(ProviderContext context) {
        try {
            NEVER.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
