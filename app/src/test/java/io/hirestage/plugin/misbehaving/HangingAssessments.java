package io.hirestage.plugin.misbehaving;

import java.util.concurrent.CountDownLatch;
import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.ProviderException;
import org.pf4j.Extension;

/** Never answers an invitation. */
@Extension
public class HangingAssessments extends TestAssessmentProvider {

    /** Never counted down: the call waits as a vendor that never answers, until the host interrupts it. */
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    public HangingAssessments() {
        super("hanging-assessments", "Never answers an invitation");
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        try {
            NEVER.await();
            return null;
        } catch (InterruptedException e) {
            throw new ProviderException("Interrupted", true);
        }
    }
}
