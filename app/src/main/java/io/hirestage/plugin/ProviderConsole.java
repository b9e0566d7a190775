package io.hirestage.plugin;

import io.hirestage.audit.AuditLog;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.StageProvider;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin console's view of the providers: their settings, a connection test, recent calls. */
@Service
public class ProviderConsole {

    static final String AUDIT_TYPE = "Provider";

    private final ProviderRegistry registry;
    private final ProviderSettingsStore settings;
    private final ProviderCalls calls;
    private final RecentCalls recentCalls;
    private final AuditLog auditLog;

    ProviderConsole(ProviderRegistry registry, ProviderSettingsStore settings, ProviderCalls calls, RecentCalls recentCalls,
                    AuditLog auditLog) {
        this.registry = registry;
        this.settings = settings;
        this.calls = calls;
        this.recentCalls = recentCalls;
        this.auditLog = auditLog;
    }

    /** Every started provider, by id. */
    @RolesAllowed("ADMIN")
    public List<ProviderSummary> providers() {
        return registry.all().stream().map(this::summary).toList();
    }

    @RolesAllowed("ADMIN")
    public ProviderSummary provider(String providerId) {
        return summary(find(providerId));
    }

    @RolesAllowed("ADMIN")
    public ProviderSettingsForm settingsForm(String providerId) {
        RegisteredProvider provider = find(providerId);
        return new ProviderSettingsForm(providerId, provider.instance().settingsSchema(), settings.visibleValues(providerId),
                settings.secretsSet(providerId));
    }

    /**
     * Checks and stores settings, then hands them to the provider. A blank secret keeps the stored one.
     *
     * @throws InvalidSettingsException when a value does not fit; nothing is stored then
     * @throws SettingsRefusedException  when the provider refuses them; nothing is stored then, and the
     *                                   provider keeps the settings it had
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public ProviderSummary saveSettings(String providerId, Map<String, String> entered) {
        RegisteredProvider provider = find(providerId);
        List<ProviderSetting> before = settings.stored(providerId);
        Set<String> changed = settings.save(providerId, provider.instance().settingsSchema(), entered);
        Optional<String> refusal = registry.reconfigureRefused(providerId);
        if (refusal.isPresent()) {
            // The provider keeps working with what it had: the old settings go back, to the provider too.
            settings.restore(providerId, before);
            registry.reconfigure(providerId);
            throw new SettingsRefusedException(refusal.get());
        }
        if (!changed.isEmpty()) {
            auditLog.record(AUDIT_TYPE, providerId, "settings changed", "Changed " + String.join(", ", changed));
        }
        return provider(providerId);
    }

    /** The admin console's "Test connection": runs in the background through the usual protections. */
    @RolesAllowed("ADMIN")
    public CompletableFuture<ConnectionCheck> testConnection(String providerId) {
        return calls.submit(providerId, StageProvider.class, "test connection", StageProvider::testConnection)
                .thenApply(check -> check != null ? check : ConnectionCheck.failed("The provider answered with nothing"));
    }

    @RolesAllowed("ADMIN")
    public List<CallRecord> recentCalls(String providerId) {
        return recentCalls.of(providerId);
    }

    private RegisteredProvider find(String providerId) {
        return registry.find(providerId).orElseThrow(() -> new ProviderException(
                "The provider '" + providerId + "' is not available: its plugin is not started", false));
    }

    private ProviderSummary summary(RegisteredProvider provider) {
        CircuitStatus circuit = calls.circuit(provider.id());
        return new ProviderSummary(provider.id(), provider.descriptor().name(), provider.descriptor().vendor(),
                provider.descriptor().description(), provider.kind(), provider.pluginId(), circuit, provider.configurationProblem(),
                registry.webhookUrlOf(provider).orElse(null), ProviderRegistry.receivesWebhooks(provider), provider.capabilities());
    }
}
