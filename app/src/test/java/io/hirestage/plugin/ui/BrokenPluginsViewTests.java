package io.hirestage.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import io.hirestage.plugin.PluginCatalog;
import io.hirestage.plugin.PluginState;
import io.hirestage.plugin.PluginStatus;
import io.hirestage.plugin.TestPluginJar;
import io.hirestage.plugin.api.PluginApi;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A plugins folder with the bundled plugins and four bad files. The portal must start, run the good
 * plugins, and tell the admin what is wrong with each bad one.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class BrokenPluginsViewTests extends SpringBrowserlessTest {

    private static final Path PLUGINS = pluginsFolderWithBadFiles();

    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        registry.add("hirestage.plugins.dir", PLUGINS::toString);
    }

    @Autowired
    PluginCatalog catalog;

    @Test
    void thePortalStartsAndReportsEachBadFileWithItsReason() {
        Map<String, PluginStatus> byId = new HashMap<>();
        catalog.plugins().forEach(status -> byId.put(status.id(), status));

        assertThat(byId.get("sandbox-assessment").state()).isEqualTo(PluginState.STARTED);
        assertThat(byId.get("sandbox-video").state()).isEqualTo(PluginState.STARTED);
        assertThat(byId.get("bls-oews-salary").state()).isEqualTo(PluginState.STARTED);

        assertThat(byId.get("corrupt.jar").state()).isEqualTo(PluginState.REJECTED);
        assertThat(byId.get("corrupt.jar").problem()).startsWith("Not loaded:");

        assertThat(byId.get("future-vendor").state()).isEqualTo(PluginState.INCOMPATIBLE);
        assertThat(byId.get("future-vendor").problem()).contains(">=9.0.0").contains(PluginApi.VERSION);

        assertThat(byId.get("zz-copy-of-sandbox-assessment.jar").state()).isEqualTo(PluginState.REJECTED);
        assertThat(byId.get("zz-copy-of-sandbox-assessment.jar").problem())
                .isEqualTo("Not loaded: the plugin id 'sandbox-assessment' is already taken by sandbox-assessment.jar; remove one of the two files");

        assertThat(byId.get("missing-class").state()).isEqualTo(PluginState.FAILED);
        assertThat(byId.get("missing-class").problem()).contains("com.example.DoesNotExist");
    }

    @Test
    void theAdminSeesTheStateAndTheReasonInThePluginsView() {
        navigate(PluginsView.class);
        GridTester<Grid<PluginStatus>, PluginStatus> grid = test(find(Grid.class).id("plugins"));

        List<PluginStatus> rows = Stream.iterate(0, i -> i + 1).limit(grid.size()).map(grid::getRow).toList();
        assertThat(rows).as("the 8 bundled plugins and 4 broken files").hasSize(12);
        int future = rows.indexOf(rows.stream().filter(row -> row.id().equals("future-vendor")).findFirst().orElseThrow());
        assertThat(grid.getCellText(future, 5)).contains("Needs plugin API >=9.0.0");
    }

    private static Path pluginsFolderWithBadFiles() {
        try {
            Path folder = TestPluginJar.copyOfBundledPlugins("hirestage-plugins");
            Path bundled = Path.of(System.getProperty("hirestage.plugins.dir", "target/plugins"));
            Files.writeString(folder.resolve("corrupt.jar"), "this is not a zip file");
            writePluginJar(folder.resolve("future-vendor.jar"), "future-vendor", ">=9.0.0", null);
            writePluginJar(folder.resolve("missing-class.jar"), "missing-class", ">=" + PluginApi.VERSION, "com.example.DoesNotExist");
            // PF4J loads older files first, so the newer copy is the one refused for its taken id.
            Path copy = folder.resolve("zz-copy-of-sandbox-assessment.jar");
            Files.copy(bundled.resolve("sandbox-assessment.jar"), copy);
            Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(60)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePluginJar(Path jar, String id, String requires, String pluginClass) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", id);
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Provider", "Test vendor");
        attributes.putValue("Plugin-Requires", requires);
        if (pluginClass != null) {
            attributes.putValue("Plugin-Class", pluginClass);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // A manifest and nothing else.
        }
    }
}
