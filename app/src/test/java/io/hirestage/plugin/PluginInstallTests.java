package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.PluginApi;
import io.hirestage.plugin.misbehaving.FlakyProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import com.sun.net.httpserver.HttpServer;
import io.hirestage.plugin.api.SalaryBenchmark;
import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import io.hirestage.audit.AuditEntry;
import io.hirestage.audit.AuditFilter;
import io.hirestage.audit.AuditLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Installing uploaded plugin jars, and what a bad jar is told. Uses its own copy of the plugins folder. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PluginInstallTests {

    private static final Path PLUGINS = TestPluginJar.copyOfBundledPlugins("hirestage-install");

    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        registry.add("hirestage.plugins.dir", PLUGINS::toString);
    }

    @Autowired
    PluginInstaller installer;

    @Autowired
    ProviderConsole console;

    @Autowired
    ProviderCalls calls;

    @Autowired
    AuditLog audit;

    /**
     * The starter plugin of the integrator guide, built by the test kit's module in a folder of its own
     * with its own Maven repository (plugin-test-kit/src/it): what a vendor's project makes, the portal installs.
     */
    @Test
    void theStarterPluginBuiltInItsOwnProjectInstallsAndServes() throws IOException {
        Path jar = Path.of(System.getProperty("hirestage.starter.plugin.jar", "missing"));
        if (!Files.isRegularFile(jar)) {
            String why = "The starter plugin is not built yet (" + jar + "); the whole build (./mvnw verify) builds it first";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }

        PluginStatus installed = installer.install(jar.getFileName().toString(), Files.readAllBytes(jar));
        HttpServer survey = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        survey.createContext("/v1/pay", exchange -> {
            byte[] body = "{\"title\": \"Software Developers\", \"p10\": 80000, \"median\": 133000, \"p90\": 211000, \"year\": 2025}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        survey.start();
        try {
            assertThat(installed.state()).isEqualTo(PluginState.STARTED);
            assertThat(installed.version()).isEqualTo("1.0.0");
            assertThat(installed.extensionPoints()).containsExactly("Salary data source");
            assertThat(console.providers()).extracting(ProviderSummary::name).contains("Acme salary survey");

            // A call through the JSON library the plugin packed: it works with nothing lent by the portal.
            console.saveSettings("acme-salary-survey", Map.of("baseUrl", "http://127.0.0.1:" + survey.getAddress().getPort(), "apiKey", "k"));
            Optional<SalaryBenchmark> answer = calls.call("acme-salary-survey", SalaryDataSource.class, "benchmark",
                    source -> source.benchmark(SalaryQuery.annual("15-1252", "US", null)));
            assertThat(answer.orElseThrow().median()).isEqualByComparingTo("133000");
        } finally {
            survey.stop(0);
            installer.remove("acme-salary-survey");
        }
    }

    @Test
    void aGoodJarIsInstalledStartedAndItsProviderServesAndRemovingItTakesItAway() throws IOException {
        PluginStatus installed = installer.install("acme.jar", TestPluginJar.bytes("acme-vendor", ">=" + PluginApi.VERSION, true,
                FlakyProvider.class));

        assertThat(installed.state()).isEqualTo(PluginState.STARTED);
        assertThat(installed.extensionPoints()).containsExactly("Salary data source");
        assertThat(PLUGINS.resolve("acme-vendor-1.0.0.jar")).exists();
        assertThat(console.providers()).extracting(ProviderSummary::id).contains("flaky");

        installer.remove("acme-vendor");

        assertThat(PLUGINS.resolve("acme-vendor-1.0.0.jar")).doesNotExist();
        assertThat(console.providers()).extracting(ProviderSummary::id).doesNotContain("flaky");
    }

    @Test
    void aFileThatIsNotAJarIsRejected() {
        assertThatThrownBy(() -> installer.install("resume.pdf", "%PDF-1.7 not a plugin".getBytes()))
                .isInstanceOf(PluginRejectedException.class).hasMessage("The file is not a jar (zip) file");
    }

    @Test
    void aJarWithoutAPluginManifestIsRejected() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes());
        }

        assertThatThrownBy(() -> installer.install("library.jar", zip.toByteArray()))
                .isInstanceOf(PluginRejectedException.class).hasMessageStartingWith("The jar has no PF4J manifest");
    }

    @Test
    void aJarForAnotherApiVersionIsRejectedWithBothVersions() {
        assertThatThrownBy(() -> installer.install("future.jar", TestPluginJar.bytes("future-vendor", ">=9.0.0", true, FlakyProvider.class)))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessage("The plugin needs plugin API >=9.0.0, but this portal provides " + PluginApi.VERSION);
        assertThat(PLUGINS.resolve("future-vendor-1.0.0.jar")).doesNotExist();
    }

    @Test
    void theSameVersionOfAnInstalledPluginIsRejected() throws IOException {
        byte[] installed = java.nio.file.Files.readAllBytes(PLUGINS.resolve("sandbox-video.jar"));

        assertThatThrownBy(() -> installer.install("video.jar", installed))
                .isInstanceOf(PluginRejectedException.class).hasMessage("sandbox-video 0.1.0-SNAPSHOT is installed already");
    }

    @Test
    void aNewerVersionReplacesTheInstalledOneKeepingItsSettingsAndAnOlderOneIsInstalledOnlyWhenAgreed() throws IOException {
        byte[] current = java.nio.file.Files.readAllBytes(PLUGINS.resolve("sandbox-assessment.jar"));
        console.saveSettings("sandbox-assessment", java.util.Map.of("completesAfterSeconds", "77"));

        PluginStatus upgraded = installer.install("sandbox-assessment-0.2.0.jar", withVersion(current, "0.2.0"));

        assertThat(upgraded.version()).isEqualTo("0.2.0");
        assertThat(upgraded.state()).isEqualTo(PluginState.STARTED);
        assertThat(PLUGINS.resolve("sandbox-assessment-0.2.0.jar")).exists();
        assertThat(PLUGINS.resolve("sandbox-assessment.jar")).as("the replaced jar is gone").doesNotExist();
        assertThat(console.settingsForm("sandbox-assessment").values()).containsEntry("completesAfterSeconds", "77");
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 1)).getContent()).extracting(AuditEntry::summary)
                .containsExactly("Replaced sandbox-assessment 0.1.0-SNAPSHOT with 0.2.0 from sandbox-assessment-0.2.0.jar; "
                        + "its providers' settings stay");

        assertThatThrownBy(() -> installer.install("sandbox-assessment.jar", current)).isInstanceOf(PluginDowngradeException.class)
                .hasMessage("sandbox-assessment 0.2.0 is installed; this jar is the older version 0.1.0-SNAPSHOT");
        assertThat(PLUGINS.resolve("sandbox-assessment-0.2.0.jar")).as("nothing changes until the admin agrees").exists();

        PluginStatus back = installer.install("sandbox-assessment.jar", current, true);
        assertThat(back.version()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(back.state()).isEqualTo(PluginState.STARTED);
        assertThat(PLUGINS.resolve("sandbox-assessment-0.2.0.jar")).doesNotExist();
        console.saveSettings("sandbox-assessment", java.util.Map.of("completesAfterSeconds", ""));
    }

    @Test
    void aNewerVersionThatCannotStartIsRefusedAndTheInstalledOneServesOn() throws IOException {
        byte[] broken = TestPluginJar.bytes("sandbox-video", "9.0.0", ">=" + PluginApi.VERSION,
                io.hirestage.plugin.misbehaving.FailingToStartPlugin.class, true, FlakyProvider.class);

        assertThatThrownBy(() -> installer.install("sandbox-video-9.jar", broken)).isInstanceOf(PluginRejectedException.class)
                .hasMessage("sandbox-video 9.0.0 did not start (cannot reach the licence server); 0.1.0-SNAPSHOT runs on");

        assertThat(console.providers()).extracting(ProviderSummary::id).contains("sandbox-video");
        assertThat(PLUGINS.resolve("sandbox-video-9.0.0.jar")).doesNotExist();
        assertThat(PLUGINS.resolve("sandbox-video.jar")).exists();
    }

    /** The jar with another Plugin-Version in its manifest, as the vendor's next release. */
    private static byte[] withVersion(byte[] jar, String version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            java.util.jar.Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Plugin-Version", version);
            try (java.util.jar.JarOutputStream copy = new java.util.jar.JarOutputStream(out, manifest)) {
                for (java.util.jar.JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    copy.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                    in.transferTo(copy);
                    copy.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void anIdOrVersionThatIsAPathIsRefusedAndNothingIsWrittenOutsideThePluginsFolder() throws IOException {
        Path outside = PLUGINS.getParent().resolve("escaped-1.0.0.jar");
        assertThatThrownBy(() -> installer.install("evil.jar", TestPluginJar.bytes("../escaped", ">=" + PluginApi.VERSION, true,
                FlakyProvider.class)))
                .isInstanceOf(PluginRejectedException.class).hasMessageStartingWith("The Plugin-Id '../escaped' is not allowed");
        assertThatThrownBy(() -> installer.install("evil.jar", TestPluginJar.bytes("escaped", "1.0.0/../../../escaped-1.0.0", ">="
                + PluginApi.VERSION, true, FlakyProvider.class)))
                .isInstanceOf(PluginRejectedException.class).hasMessageStartingWith("The Plugin-Version '1.0.0/../../../escaped-1.0.0' is not a version");
        assertThat(outside).doesNotExist();
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 5)).getContent()).extracting(AuditEntry::action).contains("install refused");
    }

    @Test
    void anotherPluginsJarIsNeverReplaced() throws IOException {
        Path theirs = PLUGINS.resolve("held-2.0.0.jar");
        java.nio.file.Files.write(theirs, "a jar PF4J refused, kept for the admin to look at".getBytes());

        assertThatThrownBy(() -> installer.install("held.jar", TestPluginJar.bytes("held", "2.0.0", ">=" + PluginApi.VERSION, true,
                FlakyProvider.class)))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessage("The plugins folder holds a file named held-2.0.0.jar already; remove that plugin first");
        assertThat(theirs).hasContent("a jar PF4J refused, kept for the admin to look at");
    }

    @Test
    void aJarThatPacksThePluginApiIsRejectedWithTheFix() {
        assertThatThrownBy(() -> installer.install("fat.jar", TestPluginJar.bytes("fat-vendor", ">=" + PluginApi.VERSION, true,
                FlakyProvider.class, PluginApi.class)))
                .isInstanceOf(PluginRejectedException.class).hasMessageContaining("scope provided");
    }

    @Test
    void aJarWithoutAnExtensionIndexIsRejectedWithTheFix() {
        assertThatThrownBy(() -> installer.install("plain.jar", TestPluginJar.bytes("plain-vendor", ">=" + PluginApi.VERSION, false,
                FlakyProvider.class)))
                .isInstanceOf(PluginRejectedException.class).hasMessageContaining("annotationProcessorPaths");
    }
}
