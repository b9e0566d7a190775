package io.hirestage.plugin;

import io.hirestage.base.PortalAddress;
import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.api.WebhookReceiver;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pf4j.PluginState;
import org.pf4j.PluginStateEvent;
import org.pf4j.PluginStateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The started providers, one long-lived instance each, configured with their stored settings. It
 * follows the plugin lifecycle: a plugin that stops, is disabled or removed takes its providers
 * with it (each is closed), and a restarted plugin gets new instances from its new class loader, so
 * no stale instance survives. {@code configure} and {@code close} run on a thread of their own under
 * the call time limit, so a provider that hangs in them holds no person's request for longer.
 */
@Component
class ProviderRegistry implements PluginStateListener {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistry.class);

    private final HirestagePluginManager manager;
    private final ProviderSettingsStore settings;
    private final Clock clock;
    private final PortalAddress portal;
    private final Map<String, RegisteredProvider> providers = new ConcurrentHashMap<>();
    private final Map<String, String> extensionProblems = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Duration timeLimit;
    private final ExecutorService lifecycle = Executors.newVirtualThreadPerTaskExecutor();

    ProviderRegistry(HirestagePluginManager manager, ProviderSettingsStore settings, Clock clock, JdbcClient jdbc,
                     ProviderCallProperties calls, PortalAddress portal) {
        this.manager = manager;
        this.settings = settings;
        this.clock = clock;
        this.jdbc = jdbc;
        this.timeLimit = calls.timeout();
        this.portal = portal;
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

    /**
     * Passes freshly saved settings to a provider and says whether it refused them (a
     * {@code ProviderException} from {@code configure}, such as a pay bands file with bad rows); a
     * provider that did not answer in time or failed otherwise has not refused them.
     */
    Optional<String> reconfigureRefused(String providerId) {
        RegisteredProvider configured = providers.computeIfPresent(providerId, (id, provider) -> configure(provider));
        return configured == null || !configured.settingsRefused() ? Optional.empty()
                : Optional.of(Objects.requireNonNullElse(configured.configurationProblem(), "The provider gave no reason"));
    }

    private void register(String pluginId) {
        for (ProviderKind kind : ProviderKind.values()) {
            for (Class<?> extensionClass : manager.getExtensionClasses(kind.type(), pluginId)) {
                try {
                    StageProvider instance = (StageProvider) manager.getExtensionFactory().create(extensionClass);
                    if (instance == null) {
                        throw new IllegalStateException(extensionClass.getName() + " could not be created");
                    }
                    RegisteredProvider provider = new RegisteredProvider(pluginId, kind, instance, instance.descriptor(),
                            instance.capabilities(), null, false);
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
        return takesWebhooks(provider) ? Optional.of(HostProviderContext.webhookUrl(portal, provider.id())) : Optional.empty();
    }

    /** Whether the provider takes webhooks with its current settings (a signing secret set, say). */
    static boolean receivesWebhooks(RegisteredProvider provider) {
        return takesWebhooks(provider) && ((WebhookReceiver) provider.instance()).receivesWebhooks();
    }

    /** A provider takes webhooks when it declares so and implements the receiver. */
    static boolean takesWebhooks(RegisteredProvider provider) {
        return provider.can(Capability.WEBHOOKS) && provider.instance() instanceof WebhookReceiver;
    }

    private RegisteredProvider configure(RegisteredProvider provider) {
        HostProviderContext context = HostProviderContext.of(provider.id(),
                settings.effectiveSettings(provider.id(), provider.instance().settingsSchema()), clock, portal,
                new HostProviderStorage(provider.id(), jdbc, clock));
        try {
            withinTimeLimit(() -> provider.instance().configure(context));
            return provider.withConfigurationProblem(null);
        } catch (TimeoutException e) {
            log.error("Provider {} did not take its settings within {}", provider.id(), timeLimit);
            return provider.withConfigurationProblem("The provider did not take its settings within " + ProviderCalls.readable(timeLimit));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProviderException refused) {
                return provider.withSettingsRefused(Objects.requireNonNullElse(refused.getMessage(), "The provider gave no reason"));
            }
            log.error("Provider {} refused its settings", provider.id(), e.getCause());
            return provider.withConfigurationProblem("The provider failed to take its settings: " + PluginCatalog.describe(e.getCause()));
        }
    }

    private void unregister(String pluginId) {
        List<RegisteredProvider> stopped = providers.values().stream().filter(provider -> provider.pluginId().equals(pluginId)).toList();
        stopped.forEach(provider -> providers.remove(provider.id(), provider));
        extensionProblems.remove(pluginId);
        stopped.forEach(this::close);
    }

    /** Lets the provider let go of its clients and threads; whatever goes wrong is logged, and the plugin stops all the same. */
    private void close(RegisteredProvider provider) {
        try {
            withinTimeLimit(() -> provider.instance().close());
        } catch (TimeoutException e) {
            log.warn("Provider {} did not close within {}; its plugin stops all the same", provider.id(), timeLimit);
        } catch (ExecutionException e) {
            log.warn("Provider {} failed to close; its plugin stops all the same", provider.id(), e.getCause());
        }
    }

    private void withinTimeLimit(Runnable call) throws TimeoutException, ExecutionException {
        Future<?> running = lifecycle.submit(call);
        try {
            running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExecutionException("Interrupted while waiting for the provider", e);
        }
    }

    /** The portal stops: every provider still registered is closed (stopping plugins closes theirs first). */
    @PreDestroy
    void closeAll() {
        providers.values().stream().map(RegisteredProvider::pluginId).distinct().toList().forEach(this::unregister);
        lifecycle.shutdownNow();
    }
}
