package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.SalaryDataSource;
import io.hirestage.plugin.api.SalaryQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PluginCatalogTests {

    @Autowired
    PluginCatalog catalog;

    @Autowired
    HirestagePluginManager manager;

    @Autowired
    ProviderConsole console;

    @Test
    void theBundledPluginsAreStarted() {
        List<PluginStatus> plugins = catalog.plugins();

        assertThat(plugins).extracting(PluginStatus::id, PluginStatus::state, PluginStatus::extensionPoints).containsExactly(
                org.assertj.core.groups.Tuple.tuple("assessment-partner-api", PluginState.STARTED, List.of("Assessment provider")),
                org.assertj.core.groups.Tuple.tuple("bls-oews-salary", PluginState.STARTED, List.of("Salary data source")),
                org.assertj.core.groups.Tuple.tuple("salary-bls-api", PluginState.STARTED, List.of("Salary data source")),
                org.assertj.core.groups.Tuple.tuple("salary-pay-bands", PluginState.STARTED, List.of("Salary data source")),
                org.assertj.core.groups.Tuple.tuple("sandbox-assessment", PluginState.STARTED, List.of("Assessment provider")),
                org.assertj.core.groups.Tuple.tuple("sandbox-video", PluginState.STARTED, List.of("Video interview provider")),
                org.assertj.core.groups.Tuple.tuple("video-jitsi", PluginState.STARTED, List.of("Video interview provider")),
                org.assertj.core.groups.Tuple.tuple("video-oneway-webhook", PluginState.STARTED, List.of("Video interview provider")));
        assertThat(plugins).allSatisfy(plugin -> {
            assertThat(plugin.problem()).isNull();
            assertThat(plugin.provider()).isEqualTo("Hirestage");
            assertThat(plugin.version()).isNotBlank();
        });
    }

    @Test
    void aBundledExtensionAnswersThroughTheApiLoadedByThePortal() {
        List<SalaryDataSource> sources = manager.getExtensions(SalaryDataSource.class, "bls-oews-salary");

        assertThat(sources).hasSize(1);
        assertThat(sources.getFirst().benchmark(SalaryQuery.annual("15-1252", "US", null))).hasValueSatisfying(benchmark ->
                assertThat(benchmark.occupationTitle()).isEqualTo("Software Developers"));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = "RECRUITER")
    void onlyAdminsSeeOrChangePluginsAndProviderSettings() {
        assertThatThrownBy(catalog::plugins).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.setEnabled("sandbox-video", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> console.settingsForm("sandbox-assessment")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> console.saveSettings("sandbox-assessment", java.util.Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> console.testConnection("sandbox-assessment")).isInstanceOf(AccessDeniedException.class);
    }
}
