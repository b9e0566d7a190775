package io.hirestage.jobrole.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import io.hirestage.jobrole.StageSettings;
import io.hirestage.plugin.ProviderSummary;
import io.hirestage.security.Role;
import java.util.List;
import java.util.function.BiConsumer;

/** One stage of a template being edited: order, on or off, provider (for a vendor stage), roles and the time a candidate may wait in it. */
class StageRow extends HorizontalLayout {

    private final StageSettings original;
    final Checkbox enabled;
    final Select<String> provider = new Select<>();
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    final Checkbox skippable;
    final IntegerField alertAfter = new IntegerField();

    StageRow(StageSettings settings, List<ProviderSummary> providers, BiConsumer<StageRow, Integer> move) {
        this.original = settings;
        setAlignItems(Alignment.BASELINE);
        setWidthFull();
        getElement().setAttribute("data-stage", settings.stage().name());

        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move.accept(this, -1));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move.accept(this, 1));
        up.setAriaLabel("Move " + settings.stage().displayName() + " up");
        down.setAriaLabel("Move " + settings.stage().displayName() + " down");
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);

        enabled = new Checkbox(settings.stage().displayName(), settings.enabled());
        enabled.setWidth("14rem");

        provider.setPlaceholder("No provider");
        provider.setWidth("18rem");
        settings.stage().vendorKind().ifPresentOrElse(kind -> {
            List<String> ids = providers.stream().filter(p -> p.kind() == kind).map(ProviderSummary::id).toList();
            provider.setItems(settings.providerId() != null && !ids.contains(settings.providerId())
                    ? java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(settings.providerId())).toList() : ids);
            provider.setItemLabelGenerator(id -> providers.stream().filter(p -> p.id().equals(id)).findFirst()
                    .map(ProviderSummary::name).orElse(id + " (not running)"));
            provider.setValue(settings.providerId());
        }, () -> provider.getStyle().set("visibility", "hidden")); // keeps the columns lined up

        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::displayName);
        roles.setPlaceholder("Who may act");
        roles.setValue(settings.roles());
        roles.setWidth("26rem");

        skippable = new Checkbox("Openings may skip", settings.skippable());
        skippable.setTooltipText("A recruiter may leave this stage out of an opening's pipeline");

        alertAfter.setValue(settings.alertAfterDays());
        alertAfter.setMin(1);
        alertAfter.setMax(StageSettings.MAX_ALERT_DAYS);
        alertAfter.setStepButtonsVisible(true);
        alertAfter.setPlaceholder("No limit");
        alertAfter.setSuffixComponent(new Span("days"));
        alertAfter.setWidth("10rem");
        alertAfter.setAriaLabel("Alert after how many days in " + settings.stage().displayName());
        alertAfter.setTooltipText("A candidate who waits longer in this stage is highlighted on the board and their team is told");
        alertAfter.setErrorMessage("1 to " + StageSettings.MAX_ALERT_DAYS + " days, or empty for no limit");

        add(up, down, enabled, provider, roles, skippable, alertAfter);
    }

    StageSettings settings() {
        return new StageSettings(original.stage(), enabled.getValue(),
                original.stage().vendorKind().isPresent() ? provider.getValue() : null, roles.getValue(),
                skippable.getValue(), alertAfter.getValue());
    }
}
