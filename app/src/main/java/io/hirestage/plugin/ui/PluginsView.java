package io.hirestage.plugin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.plugin.PluginCatalog;
import io.hirestage.plugin.PluginStatus;
import jakarta.annotation.security.RolesAllowed;

/** Admin > Plugins: every plugin with its state, the stages it serves and, if it did not start, why. */
@Route("admin/plugins")
@PageTitle("Plugins · Hirestage")
@Menu(order = 110, title = "Plugins", icon = "vaadin:plug")
@RolesAllowed("ADMIN")
public class PluginsView extends VerticalLayout {

    public PluginsView(PluginCatalog catalog) {
        setSizeFull();
        Grid<PluginStatus> grid = new Grid<>(PluginStatus.class, false);
        grid.setId("plugins");
        grid.addColumn(PluginStatus::id).setHeader("Plugin").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginStatus::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginStatus::provider).setHeader("Provider").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PluginsView::stateBadge).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(status -> String.join(", ", status.extensionPoints())).setHeader("Provides").setAutoWidth(true);
        grid.addColumn(status -> status.problem() != null ? status.problem() : status.description())
                .setHeader("Description or problem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(catalog.plugins());
        grid.setSizeFull();

        add(new H2("Plugins"),
                new Paragraph("Plugins are loaded from the plugins folder when the portal starts. This portal provides plugin API "
                        + catalog.pluginApiVersion() + "; a plugin whose Plugin-Requires range excludes it is not started."),
                grid);
    }

    private static Span stateBadge(PluginStatus status) {
        Span badge = new Span(status.state().displayName());
        badge.addClassName("state-badge");
        badge.getElement().setAttribute("data-state", status.state().name());
        return badge;
    }
}
