package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.StageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PluginLifecycleTests {

    @Autowired
    PluginCatalog catalog;

    @Autowired
    ProviderConsole console;

    @Autowired
    ProviderRegistry registry;

    @Autowired
    PluginPreferenceRepository preferences;

    @Test
    void turningAPluginOffRemovesItsProvidersAndTurningItOnGivesAFreshInstance() {
        StageProvider before = registry.find("sandbox-video").orElseThrow().instance();

        PluginStatus off = catalog.setEnabled("sandbox-video", false);
        assertThat(off.state()).isEqualTo(PluginState.DISABLED);
        assertThat(console.providers()).extracting(ProviderSummary::id).doesNotContain("sandbox-video");
        assertThat(preferences.findById("sandbox-video")).hasValueSatisfying(p -> assertThat(p.isEnabled()).isFalse());

        PluginStatus on = catalog.setEnabled("sandbox-video", true);
        assertThat(on.state()).isEqualTo(PluginState.STARTED);
        StageProvider after = registry.find("sandbox-video").orElseThrow().instance();
        assertThat(after).isNotSameAs(before);
        assertThat(preferences.findById("sandbox-video")).hasValueSatisfying(p -> assertThat(p.isEnabled()).isTrue());
    }

    @Test
    void anUnknownPluginCannotBeSwitched() {
        assertThatThrownBy(() -> catalog.setEnabled("no-such-plugin", true)).hasMessage("There is no plugin 'no-such-plugin'");
    }
}
