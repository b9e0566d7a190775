package io.hirestage.plugins.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.hirestage.plugin.api.LiveInterview;
import io.hirestage.plugin.api.PluginApi;
import io.hirestage.plugin.api.VideoInterviewProvider;
import io.hirestage.plugin.testkit.PackagedPluginJarCheck;
import io.hirestage.plugin.testkit.TestProviderContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;

/**
 * The packaged jar, loaded by PF4J as the portal loads it, books a JaaS interview: the JWT and
 * iCalendar libraries packed into it under this plugin's package (with their service files
 * rewritten) work there, not only in the unit tests, which use them unpacked. Run by Failsafe after
 * packaging, beside the kit's {@link PackagedPluginJarCheck}.
 */
class PackagedJarBooksInterviewsCheck {

    @Test
    void theLoadedPluginSignsPassesAndWritesTheCalendar(@TempDir Path pluginsFolder) throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty(PackagedPluginJarCheck.JAR_PROPERTY)), pluginsFolder.resolve("video-jitsi.jar"));
        PluginManager manager = new JarPluginManager(pluginsFolder);
        manager.setSystemVersion(PluginApi.VERSION);
        String pluginId = manager.loadPlugin(jar);
        try (MockJitsiServer jaas = new MockJitsiServer()) {
            assertThat(manager.startPlugin(pluginId)).isEqualTo(PluginState.STARTED);
            List<VideoInterviewProvider> providers = manager.getExtensions(VideoInterviewProvider.class, pluginId);
            assertThat(providers).hasSize(1);
            VideoInterviewProvider provider = providers.getFirst();
            assertThat(provider.getClass().getClassLoader()).as("the provider comes from the plugin jar")
                    .isSameAs(manager.getPluginClassLoader(pluginId));
            jaas.checkJaasPasses(TestKeys.JAAS_APP_ID, TestKeys.JAAS_KEY_ID, TestKeys.jaasPublicKey());
            TestProviderContext context = TestProviderContext.of("video-jitsi", Map.of(JitsiSettings.SERVER_URL, jaas.address(),
                    JitsiSettings.SIGN_IN, SignIn.JAAS.choice(), JitsiSettings.APP_ID, TestKeys.JAAS_APP_ID, JitsiSettings.KEY_ID,
                    TestKeys.JAAS_KEY_ID, JitsiSettings.PRIVATE_KEY, TestKeys.jaasPrivateKeyPem()));
            jaas.useClock(context.clock());
            provider.configure(context);
            try {
                assertThat(provider.testConnection().ok()).isTrue();

                LiveInterview interview = provider.scheduleLive(Interviews.request(context.clock().instant().plus(Duration.ofMinutes(5)),
                        "key-packaged"));

                SignedJWT pass = SignedJWT.parse(interview.joinLinks().get("ian@example.org").getRawQuery().substring("jwt=".length()));
                assertThat(pass.verify(new RSASSAVerifier(TestKeys.jaasPublicKey()))).isTrue();
                assertThat(MockJitsiServer.open(interview.joinLinks().get("ian@example.org")).statusCode()).isEqualTo(200);
                Calendar calendar = new CalendarBuilder().build(new StringReader(interview.calendar()));
                assertThat(calendar.getComponents()).hasSize(1);
                assertThat(providerLibrariesAreInsideThePlugin(provider)).isTrue();
            } finally {
                provider.close();
            }
        } finally {
            manager.unloadPlugin(pluginId);
        }
    }

    /** The packed JWT library is the plugin's own copy, under its package, not one lent by the application. */
    private static boolean providerLibrariesAreInsideThePlugin(VideoInterviewProvider provider) throws IOException {
        try {
            Class<?> packed = provider.getClass().getClassLoader().loadClass("io.hirestage.plugins.jitsi.shaded.nimbusds.jwt.SignedJWT");
            return packed.getClassLoader() == provider.getClass().getClassLoader();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
