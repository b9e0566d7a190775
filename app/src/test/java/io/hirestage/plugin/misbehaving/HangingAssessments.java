package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.ProviderException;
import org.pf4j.Extension;

/** Never answers an invitation. */
@Extension
public class HangingAssessments extends TestAssessmentProvider {

    public HangingAssessments() {
        super("hanging-assessments", "Never answers an invitation");
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        try {
            Thread.sleep(Long.MAX_VALUE);
            return null;
        } catch (InterruptedException e) {
            throw new ProviderException("Interrupted", true);
        }
    }
}
