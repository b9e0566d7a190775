package io.hirestage.plugin;

import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.api.WebhookReceiver;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.PluginState;
import org.pf4j.PluginStateEvent;
import org.pf4j.PluginStateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The started providers, one long-lived instance each, configured with their stored settings. It
 * follows the plugin lifecycle: a plugin that stops, is disabled or removed takes its providers
 * with it, and a restarted plugin gets new instances from its new class loader, so no stale
 * instance survives.
 */
@Component
class ProviderRegistry implements PluginStateListener {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistry.class);

    private final HirestagePluginManager manager;
    private final ProviderSettingsStore settings;
    private final Clock clock;
    private final String publicUrl;
    private final Map<String, RegisteredProvider> providers = new ConcurrentHashMap<>();
    private final Map<String, String> extensionProblems = new ConcurrentHashMap<>();

    ProviderRegistry(HirestagePluginManager manager, ProviderSettingsStore settings, Clock clock,
                     @Value("${hirestage.public-url:http://localhost:8080}") String publicUrl) {
        this.manager = manager;
        this.settings = settings;
        this.clock = clock;
        this.publicUrl = publicUrl;
        manager.addPluginStateListener(this);
    }

    @Override
    public void pluginStateChanged(PluginStateEvent event) {
        String pluginId = event.getPlugin().getPluginId();
        unregister(pluginId);
        if (event.getPluginState() == PluginState.STARTED) {
            register(pluginId);
        }
    }

    /** Every registered provider, by id. */
    List<RegisteredProvider> all() {
        return providers.values().stream().sorted(Comparator.comparing(RegisteredProvider::id)).toList();
    }

    Optional<RegisteredProvider> find(String providerId) {
        return Optional.ofNullable(providers.get(providerId));
    }

    /** Providers of a plugin that could not be created, with why; shown on the plugin's row. */
    Optional<String> extensionProblem(String pluginId) {
        return Optional.ofNullable(extensionProblems.get(pluginId));
    }

    /** Passes freshly saved settings to a provider; a refusal is kept and shown, the old instance stays. */
    void reconfigure(String providerId) {
        providers.computeIfPresent(providerId, (id, provider) -> configure(provider));
    }

    private void register(String pluginId) {
        for (ProviderKind kind : ProviderKind.values()) {
            for (Class<?> extensionClass : manager.getExtensionClasses(kind.type(), pluginId)) {
                try {
                    StageProvider instance = (StageProvider) manager.getExtensionFactory().create(extensionClass);
                    if (instance == null) {
                        throw new IllegalStateException(extensionClass.getName() + " could not be created");
                    }
                    RegisteredProvider provider = new RegisteredProvider(pluginId, kind, instance, instance.descriptor(), null);
                    RegisteredProvider taken = providers.putIfAbsent(provider.id(), configure(provider));
                    if (taken != null) {
                        extensionProblems.put(pluginId, "Provider id '" + provider.id() + "' is already used by plugin " + taken.pluginId());
                    }
                } catch (RuntimeException | LinkageError e) {
                    log.error("Plugin {}: extension {} failed to start", pluginId, extensionClass.getName(), e);
                    extensionProblems.put(pluginId, extensionClass.getSimpleName() + " failed to start: " + PluginCatalog.describe(e));
                }
            }
        }
    }

    /** The provider's webhook URL when it can receive webhooks (set up or not yet); empty when it is only ever polled. */
    Optional<URI> webhookUrlOf(RegisteredProvider provider) {
        return provider.instance() instanceof WebhookReceiver
                ? Optional.of(HostProviderContext.webhookUrl(publicUrl, provider.id())) : Optional.empty();
    }

    /** Whether the provider takes webhooks with its current settings (a signing secret set, say). */
    static boolean receivesWebhooks(RegisteredProvider provider) {
        return provider.instance() instanceof WebhookReceiver receiver && receiver.receivesWebhooks();
    }

    private RegisteredProvider configure(RegisteredProvider provider) {
        try {
            provider.instance().configure(HostProviderContext.of(provider.id(),
                    settings.effectiveSettings(provider.id(), provider.instance().settingsSchema()), clock, publicUrl));
            return provider.withConfigurationProblem(null);
        } catch (ProviderException e) {
            return provider.withConfigurationProblem(e.getMessage());
        } catch (RuntimeException e) {
            log.error("Provider {} refused its settings", provider.id(), e);
            return provider.withConfigurationProblem("The provider failed to take its settings: " + PluginCatalog.describe(e));
        }
    }

    private void unregister(String pluginId) {
        providers.values().removeIf(provider -> provider.pluginId().equals(pluginId));
        extensionProblems.remove(pluginId);
    }
}
