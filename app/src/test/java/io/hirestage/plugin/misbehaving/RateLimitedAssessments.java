package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import io.hirestage.plugin.api.ProviderException;
import org.pf4j.Extension;

/** Answers every invitation with a retryable error, as a vendor that rate-limits for good would. */
@Extension
public class RateLimitedAssessments extends TestAssessmentProvider {

    public RateLimitedAssessments() {
        super("rate-limited-assessments", "Always rate-limited");
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        throw new ProviderException("Rate limited, try again later", true);
    }
}
