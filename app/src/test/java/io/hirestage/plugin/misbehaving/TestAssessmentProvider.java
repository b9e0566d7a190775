package io.hirestage.plugin.misbehaving;

import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentResult;
import io.hirestage.plugin.api.AssessmentTest;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.ProviderException;
import java.util.List;

/**
 * An assessment vendor with nothing behind it, for test providers whose point is how they answer an
 * invitation. {@link io.hirestage.plugin.TestPluginJar} packs it along with its subclasses.
 */
public abstract class TestAssessmentProvider implements AssessmentProvider {

    private final ProviderDescriptor descriptor;

    protected TestAssessmentProvider(String id, String description) {
        this.descriptor = new ProviderDescriptor(id, getClass().getSimpleName(), "Test vendor", description, null);
    }

    @Override
    public ProviderDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<AssessmentTest> tests() {
        return List.of();
    }

    @Override
    public AssessmentResult result(String invitationId) {
        throw new ProviderException("No invitation " + invitationId, false);
    }

    @Override
    public void cancel(String invitationId) {
    }

    @Override
    public void eraseCandidate(String candidateEmail) {
    }
}
