package io.hirestage.plugin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.base.ui.CopyableText;
import io.hirestage.base.ui.UserTime;
import io.hirestage.plugin.CallRecord;
import io.hirestage.plugin.InvalidSettingsException;
import io.hirestage.plugin.ParkedWork;
import io.hirestage.plugin.ProviderConsole;
import io.hirestage.plugin.ProviderSettingsForm;
import io.hirestage.plugin.ProviderKind;
import io.hirestage.plugin.ProviderSummary;
import io.hirestage.plugin.SettingsRefusedException;
import io.hirestage.plugin.VendorResultFeed;
import io.hirestage.plugin.VendorResults;
import io.hirestage.plugin.api.ConnectionCheck;
import io.hirestage.plugin.api.ProviderException;
import io.hirestage.plugin.api.SettingField;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * Admin > Plugins > a provider: its settings form (generated from the provider's schema), a
 * connection test that runs in the background, its recent calls with the circuit's state, the work
 * that needs attention (parked after its retries, to start again) and its latest invitations.
 */
@Route("admin/providers")
@PageTitle("Provider · Hirestage")
@RolesAllowed("ADMIN")
public class ProviderView extends VerticalLayout implements HasUrlParameter<String> {


    private final ProviderConsole console;
    private final VendorResults results;
    private final ParkedWork parked;
    private final VendorResultFeed feed;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Grid<CallRecord> calls = new Grid<>(CallRecord.class, false);
    private final Span circuit = new Span();
    private final Span setupProblem = new Span();
    private final Div settingsRefused = new Div();
    private final Span connectionResult = new Span();
    private final ProgressBar connectionProgress = new ProgressBar();
    private String providerId;

    public ProviderView(ProviderConsole console, VendorResults results, ParkedWork parked, VendorResultFeed feed) {
        this.console = console;
        this.results = results;
        this.parked = parked;
        this.feed = feed;
        connectionProgress.setIndeterminate(true);
        connectionProgress.setVisible(false);
        connectionProgress.setWidth("12rem");
        connectionResult.setId("connection-result");
        circuit.setId("circuit-state");
        setupProblem.setId("setup-problem");
        setupProblem.addClassName("state-badge");
        setupProblem.getElement().setAttribute("data-state", "FAILED");
        // A provider's problem may be a list, one per line (a pay bands file's bad rows).
        setupProblem.getStyle().set("white-space", "pre-line");
        settingsRefused.setId("settings-refused");
        settingsRefused.getStyle().set("white-space", "pre-line").set("color", "var(--lumo-error-text-color)");
        settingsRefused.setVisible(false);

        calls.addColumn(call -> UserTime.dateTime(call.at())).setHeader("When").setAutoWidth(true);
        calls.addColumn(CallRecord::operation).setHeader("Call").setAutoWidth(true);
        calls.addColumn(call -> call.outcome().displayName()).setHeader("Outcome").setAutoWidth(true);
        calls.addColumn(call -> call.latency().toMillis() + " ms").setHeader("Latency").setAutoWidth(true);
        calls.addColumn(call -> call.message() == null ? "" : call.message()).setHeader("Error").setFlexGrow(1);
        calls.setAllRowsVisible(true);
    }

    @Override
    public void setParameter(BeforeEvent event, String providerId) {
        this.providerId = providerId;
        removeAll();
        fields.clear();
        // The view may be reused for another provider: no refusal of the last one's settings stays shown.
        settingsRefused.setVisible(false);
        ProviderSummary provider;
        ProviderSettingsForm form;
        try {
            provider = console.provider(providerId);
            form = console.settingsForm(providerId);
        } catch (ProviderException e) {
            Paragraph unavailable = new Paragraph(e.getMessage());
            unavailable.setId("provider-unavailable");
            add(new H2("Provider not available"), unavailable, new RouterLink("All plugins", PluginsView.class));
            return;
        }

        add(new H2(provider.name()), new Paragraph(provider.description() + " Vendor: " + provider.vendor() + ". "
                + provider.kind().displayName() + " from plugin " + provider.pluginId() + "."));
        if (provider.kind() != ProviderKind.SALARY_DATA) {
            Paragraph capabilities = new Paragraph(CapabilityWords.of(provider.capabilities()));
            capabilities.setId("provider-capabilities");
            add(capabilities);
        }
        add(setupProblem);
        add(new H3("Settings"), settingsForm(form));
        add(webhookUrl(provider));

        Button test = new Button("Test connection", click -> testConnection());
        test.setId("test-connection");
        add(new H3("Connection"), new HorizontalLayout(test, connectionProgress, connectionResult));
        add(new H3("Recent calls"), new HorizontalLayout(new Span("Calls:"), circuit), calls);
        add(new H3("Needs attention"), new NeedsAttentionPanel(providerId, parked, feed));
        add(new H3("Invitations"), new Paragraph("The latest invitations sent through this provider; a result shows here the "
                + "moment it arrives."), new InvitationsPanel(providerId, results, feed));
        refresh(provider);
    }

    /** The address to paste into the vendor's console, selectable and with a copy button; a polled provider has none. */
    private static Component webhookUrl(ProviderSummary provider) {
        if (provider.webhookUrl() == null) {
            Paragraph polled = new Paragraph("This provider does not receive webhooks; the portal asks the vendor for results.");
            polled.setId("webhook-url");
            return polled;
        }
        CopyableText url = new CopyableText("Webhook URL for the vendor's console", provider.webhookUrl().toString(), "Webhook URL")
                .withId("webhook-url");
        url.field().setHelperText(provider.webhooksOn() ? "The vendor sends results here; each is checked against the signing secret"
                : "Not in use yet: finish the settings (such as the signing secret) to take results here; until then the portal asks the vendor");
        return url;
    }

    private Component settingsForm(ProviderSettingsForm form) {
        FormLayout layout = new FormLayout();
        layout.setMaxWidth("40rem");
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (SettingField field : form.schema().fields()) {
            String stored = form.values().getOrDefault(field.key(), "");
            HasValue<?, ?> input = SettingInputs.create(field, stored, form.secretsSet().contains(field.key()));
            fields.put(field.key(), input);
            layout.add((Component) input);
        }
        if (form.schema().fields().isEmpty()) {
            return new Paragraph("This provider has no settings.");
        }
        Button save = new Button("Save settings", click -> save());
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(layout, settingsRefused, save);
    }

    private void save() {
        // A number field holding text it could not read has no value; saving would quietly drop the setting.
        if (fields.values().stream().anyMatch(field -> field instanceof IntegerField number && number.isInvalid())) {
            return;
        }
        fields.values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
        settingsRefused.setVisible(false);
        Map<String, String> entered = new LinkedHashMap<>();
        fields.forEach((key, field) -> entered.put(key, SettingInputs.valueOf(field)));
        try {
            ProviderSummary saved = console.saveSettings(providerId, entered);
            fields.forEach((key, field) -> {
                if (field instanceof TextFileSettingField file) {
                    file.saved();
                }
                if (field instanceof PasswordField secret && !secret.isEmpty()) {
                    secret.clear();
                    secret.setPlaceholder("Set; type to replace");
                }
            });
            refresh(saved);
            Notification.show("Settings saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SettingsRefusedException e) {
            settingsRefused.setText("The provider refused these settings, so they were not saved; it keeps the ones it had.\n"
                    + e.reason());
            settingsRefused.setVisible(true);
        } catch (InvalidSettingsException e) {
            e.problems().forEach((key, problem) -> {
                HasValue<?, ?> field = fields.get(key);
                if (field instanceof HasValidation validated) {
                    validated.setErrorMessage(problem);
                    validated.setInvalid(true);
                }
            });
        }
    }

    private void testConnection() {
        UI ui = UI.getCurrent();
        connectionProgress.setVisible(true);
        connectionResult.setText("Testing…");
        console.testConnection(providerId).whenComplete((check, error) -> ui.access(() -> {
            connectionProgress.setVisible(false);
            connectionResult.setText(describe(check, error));
            connectionResult.addClassName("state-badge");
            connectionResult.getElement().setAttribute("data-state", error == null && check != null && check.ok() ? "STARTED" : "FAILED");
            refresh(console.provider(providerId));
        }));
    }

    private static String describe(ConnectionCheck check, Throwable error) {
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return said("Failed", cause instanceof ProviderException ? cause.getMessage() : "the call failed unexpectedly");
        }
        if (check == null) {
            return "Failed: the provider gave no answer";
        }
        return said(check.ok() ? "Connected" : "Not connected", check.message());
    }

    /** "Connected: …", unless the provider's own words begin so already ("Connected as Acme Corp"). */
    private static String said(String outcome, String message) {
        return message.regionMatches(true, 0, outcome, 0, outcome.length()) ? message : outcome + ": " + message;
    }

    private void refresh(ProviderSummary provider) {
        circuit.setText(CircuitWords.of(provider.circuit()));
        setupProblem.setText(provider.setupProblem() == null ? "" : "Not set up: " + provider.setupProblem());
        setupProblem.setVisible(provider.setupProblem() != null);
        calls.setItems(console.recentCalls(providerId));
    }
}
