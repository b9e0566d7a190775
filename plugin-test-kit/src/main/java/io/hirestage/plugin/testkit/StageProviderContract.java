package io.hirestage.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hirestage.plugin.api.Capability;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderDescriptor;
import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.StageProvider;
import io.hirestage.plugin.api.WebhookReceiver;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

/**
 * What the portal relies on from every provider. Extend the contract of your extension point
 * rather than this class.
 *
 * @param <P> the provider type
 */
public abstract class StageProviderContract<P extends StageProvider> {

    /** The provider under test, configured with {@link #settings()} before each test. */
    protected P provider;

    /** The context it was configured with; move {@code context.clock()} to let time pass. */
    protected TestProviderContext context;

    /** A new instance, as PF4J would make it (the public no-argument constructor). */
    protected abstract P createProvider();

    /** Settings that make the provider work against your mock vendor; an empty map if it has none. */
    protected abstract Map<String, String> settings();

    @BeforeEach
    void configureProvider() {
        provider = createProvider();
        context = TestProviderContext.of(provider.descriptor().id(), settings());
        provider.configure(context);
    }

    /** As the portal does when a plugin stops: every test's provider is closed, so a close that throws fails the test. */
    @AfterEach
    void closeProvider() {
        provider.close();
    }

    /** Whether the provider declares this capability; the contract tests only what is declared. */
    protected boolean declares(Capability capability) {
        return provider.capabilities().contains(capability);
    }

    @Test
    void declaresOnlyWhatItImplements() {
        if (declares(Capability.WEBHOOKS)) {
            assertThat(provider).as("a provider that declares WEBHOOKS implements WebhookReceiver").isInstanceOf(WebhookReceiver.class);
        }
        assertThat(createProvider().capabilities()).as("the capabilities are the same for every instance")
                .isEqualTo(provider.capabilities());
    }

    @Test
    void isAnnotatedAsAPf4jExtension() {
        assertThat(provider.getClass().isAnnotationPresent(Extension.class))
                .as("%s must be annotated with @org.pf4j.Extension, or PF4J never finds it", provider.getClass().getName())
                .isTrue();
    }

    @Test
    void hasAStableCompleteDescriptor() {
        ProviderDescriptor descriptor = provider.descriptor();

        assertThat(descriptor.name()).isNotBlank();
        assertThat(descriptor.vendor()).isNotBlank();
        assertThat(descriptor.description()).isNotBlank();
        assertThat(createProvider().descriptor()).as("the descriptor is the same for every instance").isEqualTo(descriptor);
    }

    @Test
    void hasASettingsSchemaTheGivenSettingsSatisfy() {
        for (SettingField field : provider.settingsSchema().fields()) {
            if (field.required() && field.defaultValue() == null) {
                assertThat(settings()).as("settings() must give the required setting '%s'", field.key()).containsKey(field.key());
            }
            if (field.defaultValue() != null) {
                assertThat(field.problemWith(field.defaultValue()).isEmpty()).as("default of '%s' must be a valid %s", field.key(), field.type())
                        .isTrue();
            }
        }
        settings().forEach((key, value) -> {
            assertThat(provider.settingsSchema().field(key)).as("setting '%s' must be declared in the schema", key).isPresent();
            assertThat(provider.settingsSchema().field(key).orElseThrow().problemWith(value).isEmpty())
                    .as("setting '%s' = '%s' must be valid for its type", key, value).isTrue();
        });
    }

    @Test
    void connectsWithTheGivenSettings() {
        ConnectionCheck check = provider.testConnection();

        assertThat(check.ok()).as("testConnection(): %s", check.message()).isTrue();
        assertThat(check.message()).isNotBlank();
    }

    @Test
    void canBeConfiguredAgain() {
        assertThatCode(() -> provider.configure(context)).as("an admin saving settings again").doesNotThrowAnyException();
    }
}
