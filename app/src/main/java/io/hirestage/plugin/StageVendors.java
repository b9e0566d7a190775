package io.hirestage.plugin;

import io.hirestage.plugin.api.AssessmentProvider;
import io.hirestage.plugin.api.AssessmentTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the vendors serving the pipeline's stages offer, for the people who send candidates to them. */
@Service
public class StageVendors {

    private final ProviderCalls calls;
    private final ProviderRegistry registry;

    StageVendors(ProviderCalls calls, ProviderRegistry registry) {
        this.calls = calls;
        this.registry = registry;
    }

    /** How histories name a provider: its display name ("Acme Assessments"), or its id while its plugin is not running. */
    public String providerName(String providerId) {
        return registry.find(providerId).map(provider -> provider.descriptor().name()).orElse(providerId);
    }

    /**
     * The tests an assessment provider offers, asked in the background (a view must not wait on a
     * vendor); the future fails with a {@link io.hirestage.plugin.api.ProviderException} saying why.
     */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<List<AssessmentTest>> assessmentTests(String providerId) {
        return calls.submit(providerId, AssessmentProvider.class, "tests", AssessmentProvider::tests);
    }
}
