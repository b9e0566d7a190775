package io.hirestage.plugin.ui;

import com.vaadin.flow.component.button.Button;
import io.hirestage.base.ui.Confirmation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.hirestage.base.ui.LimitedUpload;
import io.hirestage.plugin.PluginCatalog;
import io.hirestage.plugin.PluginDowngradeException;
import io.hirestage.plugin.PluginInstaller;
import io.hirestage.plugin.PluginRejectedException;
import io.hirestage.plugin.PluginState;
import io.hirestage.plugin.PluginStatus;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.ProviderSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Admin > Plugins: every plugin with its state, the stages it serves and, if it did not start, why;
 * turning plugins off and on; and the providers they bring, each linking to its settings.
 */
@Route("admin/plugins")
@PageTitle("Plugins · Hirestage")
@Menu(order = 110, title = "Plugins", icon = "vaadin:plug")
@RolesAllowed("ADMIN")
public class PluginsView extends VerticalLayout {

    /** Larger than any sane plugin jar; the bundled ones are a few kilobytes, shaded vendor SDKs a few megabytes. */
    static final int MAX_JAR_BYTES = 50 * 1024 * 1024;

    private final PluginCatalog catalog;
    private final PluginInstaller installer;
    private final ProviderConsole console;
    private final Span uploadResult = new Span();
    private final Grid<PluginStatus> plugins = new Grid<>(PluginStatus.class, false);
    private final Grid<ProviderSummary> providers = new Grid<>(ProviderSummary.class, false);

    public PluginsView(PluginCatalog catalog, PluginInstaller installer, ProviderConsole console) {
        this.catalog = catalog;
        this.installer = installer;
        this.console = console;
        setSizeFull();

        plugins.setId("plugins");
        plugins.addColumn(PluginStatus::id).setHeader("Plugin").setAutoWidth(true).setFlexGrow(0);
        plugins.addColumn(PluginStatus::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        plugins.addColumn(PluginStatus::provider).setHeader("Provider").setAutoWidth(true).setFlexGrow(0);
        plugins.addComponentColumn(PluginsView::stateBadge).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        plugins.addColumn(status -> String.join(", ", status.extensionPoints())).setHeader("Provides").setAutoWidth(true).setFlexGrow(0);
        plugins.addColumn(status -> status.problem() != null ? status.problem() : status.description())
                .setHeader("Description or problem").setFlexGrow(1);
        plugins.addComponentColumn(status -> new HorizontalLayout(onOffButton(status), removeButton(status)))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        plugins.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        plugins.setAllRowsVisible(true);

        providers.setId("providers");
        providers.addComponentColumn(provider -> new RouterLink(provider.name(), ProviderView.class, provider.id()))
                .setHeader("Provider").setAutoWidth(true);
        providers.addColumn(ProviderSummary::id).setHeader("Id").setAutoWidth(true);
        providers.addColumn(provider -> provider.kind().displayName()).setHeader("Serves").setAutoWidth(true);
        providers.addColumn(provider -> CircuitWords.of(provider.circuit())).setHeader("Calls").setAutoWidth(true);
        providers.addColumn(provider -> provider.setupProblem() == null ? "Ready" : "Not set up: " + provider.setupProblem())
                .setHeader("Set-up").setFlexGrow(1);
        providers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        providers.setAllRowsVisible(true);

        add(new H2("Plugins"),
                new Paragraph("Plugins are loaded from the plugins folder when the portal starts. This portal provides plugin API "
                        + catalog.pluginApiVersion() + "; a plugin whose Plugin-Requires range excludes it is not started."),
                plugins, uploadArea(), new H3("Providers"), providers);
        refresh();
    }

    private VerticalLayout uploadArea() {
        Upload upload = new Upload();
        // Emptied after each file, so the next one can be dropped in without removing the last by hand.
        // The browser refuses a larger jar at once; the handler refuses one posted past the browser while it arrives.
        upload.setUploadHandler(LimitedUpload.of(MAX_JAR_BYTES, (fileName, jar) -> {
            install(fileName, jar);
            upload.clearFileList();
        }, refusal -> {
            showUploadResult(false, refusal + "; it was not installed");
            upload.clearFileList();
        }));
        upload.setId("plugin-upload");
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFileSize(MAX_JAR_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Install plugin jar…"));
        upload.addFileRejectedListener(event -> showUploadResult(false, event.getErrorMessage()));
        uploadResult.setId("upload-result");
        VerticalLayout area = new VerticalLayout(upload, uploadResult);
        area.setPadding(false);
        return area;
    }

    void install(String fileName, byte[] jar) {
        install(fileName, jar, false);
    }

    /** Installs, upgrades in place, or, for an older version than the installed one, asks first. */
    private void install(String fileName, byte[] jar, boolean downgrade) {
        try {
            PluginStatus installed = installer.install(fileName, jar, downgrade);
            showUploadResult(true, "Installed " + installed.id() + " " + installed.version() + ": " + installed.state().displayName());
            refresh();
        } catch (PluginDowngradeException e) {
            showUploadResult(false, fileName + " is waiting for your answer: " + e.getMessage());
            Confirmation.ask("Install the older version?", e.getMessage() + ". It replaces the installed one; its providers' settings "
                    + "stay.", "Install older version", () -> install(fileName, jar, true));
        } catch (PluginRejectedException e) {
            showUploadResult(false, fileName + " was not installed: " + e.getMessage());
        }
    }

    private void showUploadResult(boolean ok, String message) {
        uploadResult.setText(message);
        uploadResult.addClassName("state-badge");
        uploadResult.getElement().setAttribute("data-state", ok ? "STARTED" : "REJECTED");
    }

    private Button removeButton(PluginStatus status) {
        Button button = new Button("Remove", click -> {
            Confirmation.ask("Remove " + status.id() + "?", "The plugin stops and its jar is deleted from the plugins folder. "
                    + "Its providers' settings are kept for a later reinstall." + whatStops(status.id()), "Remove", () -> {
                        installer.remove(status.id());
                        refresh();
                    }).setConfirmButtonTheme("error primary");
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setVisible(status.state() != PluginState.REJECTED);
        return button;
    }

    private Button onOffButton(PluginStatus status) {
        boolean on = status.state() == PluginState.STARTED;
        boolean switchable = on || status.state() == PluginState.DISABLED || status.state() == PluginState.STOPPED;
        Button button = new Button(on ? "Turn off" : "Turn on", click -> {
            String stops = on ? whatStops(status.id()) : "";
            if (stops.isEmpty()) {
                switchPlugin(status.id(), !on);
            } else {
                Confirmation.ask("Turn off " + status.id() + "?", "Its providers stop until it is turned on again." + stops, "Turn off",
                        () -> switchPlugin(status.id(), false)).setConfirmButtonTheme("error primary");
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, on ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        button.setVisible(switchable);
        button.getElement().setAttribute("data-plugin", status.id());
        return button;
    }

    private void switchPlugin(String pluginId, boolean on) {
        try {
            catalog.setEnabled(pluginId, on);
            refresh();
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** What stops working without the plugin, named, or nothing when no pipeline uses it. */
    private String whatStops(String pluginId) {
        List<String> uses = catalog.usesOf(pluginId);
        return uses.isEmpty() ? "" : " It serves " + String.join(", ", uses) + "; those stages go without it (no invitations sent, "
                + "no results or salary data) until it is on again.";
    }

    private void refresh() {
        plugins.setItems(catalog.plugins());
        providers.setItems(console.providers());
    }

    private static Span stateBadge(PluginStatus status) {
        Span badge = new Span(status.state().displayName());
        badge.addClassName("state-badge");
        badge.getElement().setAttribute("data-state", status.state().name());
        return badge;
    }
}
