package io.hirestage.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.hirestage.plugin.PluginCatalog;
import io.hirestage.plugin.PluginState;
import io.hirestage.plugin.PluginStatus;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Turning off or removing a plugin that a pipeline uses warns first and names the pipelines; turning one on asks nothing. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class PluginsViewTests extends SpringBrowserlessTest {

    @Autowired
    PluginCatalog catalog;

    @AfterEach
    void everyPluginOnAgain() {
        catalog.setEnabled("sandbox-assessment", true);
        catalog.setEnabled("bls-oews-salary", true);
    }

    @Test
    void turningOffAPluginAPipelineUsesAsksFirstAndNamesThePipeline() {
        navigate(PluginsView.class);

        test(turnOff("sandbox-assessment")).click();

        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Turn off sandbox-assessment?");
        assertThat(test(confirm).getText()).contains("It serves the pipeline of Backend Lead Developer (Skills assessment)");
        test(confirm).cancel();
        assertThat(state("sandbox-assessment")).as("nothing happens without a yes").isEqualTo(PluginState.STARTED);

        test(turnOff("sandbox-assessment")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(state("sandbox-assessment")).isEqualTo(PluginState.DISABLED);
    }

    @Test
    void removingAPluginAPipelineUsesNamesThePipelineInTheQuestion() {
        navigate(PluginsView.class);

        test(actionOf("sandbox-assessment", "Remove")).click();

        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("It serves the pipeline of Backend Lead Developer (Skills assessment)");
        test(confirm).cancel();
    }

    @Test
    void turningAPluginOnAgainAsksNothing() {
        catalog.setEnabled("bls-oews-salary", false);
        navigate(PluginsView.class);

        test(actionOf("bls-oews-salary", "Turn on")).click();

        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        assertThat(state("bls-oews-salary")).isEqualTo(PluginState.STARTED);
    }

    private Button turnOff(String pluginId) {
        return actionOf(pluginId, "Turn off");
    }

    /** A button in the plugin's row (the grid's last column). */
    @SuppressWarnings("unchecked")
    private Button actionOf(String pluginId, String text) {
        var grid = test((Grid<PluginStatus>) find(Grid.class).id("plugins"));
        int row = IntStream.range(0, grid.size()).filter(index -> grid.getRow(index).id().equals(pluginId)).findFirst().orElseThrow();
        return ((HorizontalLayout) grid.getCellComponent(row, 6)).getChildren().map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private PluginState state(String pluginId) {
        return catalog.plugins().stream().filter(plugin -> plugin.id().equals(pluginId)).map(PluginStatus::state).findFirst().orElseThrow();
    }
}
