package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.AssessmentInvitation;
import io.hirestage.plugin.api.AssessmentRequest;
import org.pf4j.Extension;

/** Throws on every invitation, as a plugin whose client chokes on the vendor's answer would. */
@Extension
public class ThrowingAssessments extends TestAssessmentProvider {

    public ThrowingAssessments() {
        super("throwing-assessments", "Throws on every invitation");
    }

    @Override
    public AssessmentInvitation invite(AssessmentRequest request) {
        throw new IllegalArgumentException("Cannot read the vendor's answer");
    }
}
