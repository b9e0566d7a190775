package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import io.hirestage.base.ui.ProblemLine;
import io.hirestage.base.ConcurrentChangeException;
import io.hirestage.base.ui.Toasts;
import io.hirestage.privacy.PrivacyNotices;
import io.hirestage.privacy.PrivacyRejectedException;
import io.hirestage.privacy.RetentionPolicies;
import io.hirestage.privacy.RetentionPolicyView;
import java.util.List;
import java.util.function.Consumer;

/** Adds a country's retention policy or changes one. */
class RetentionPolicyDialog extends Dialog {

    /** @param editing the policy to change, or {@code null} to add one */
    RetentionPolicyDialog(RetentionPolicies policies, RetentionPolicyView editing, Consumer<RetentionPolicyView> onSaved) {
        setHeaderTitle(editing == null ? "Add a retention policy" : "Retention policy for " + editing.countryName());
        ComboBox<String> country = new ComboBox<>("For", PrivacyNotices.choices());
        country.setItemLabelGenerator(PrivacyNotices::countryName);
        country.setId("policy-country");
        IntegerField keep = new IntegerField("Keep data for (months after the last activity)");
        keep.setId("policy-keep-months");
        IntegerField consent = new IntegerField("Consents hold for (months)");
        consent.setId("policy-consent-months");
        for (IntegerField months : List.of(keep, consent)) {
            months.setMin(1);
            months.setMax(120);
            months.setStepButtonsVisible(true);
        }
        if (editing == null) {
            country.setValue(PrivacyNotices.EVERY_OTHER_COUNTRY);
            keep.setValue(6);
            consent.setValue(24);
        } else {
            country.setValue(editing.country());
            country.setReadOnly(true);
            keep.setValue(editing.keepMonths());
            consent.setValue(editing.consentMonths());
        }
        ProblemLine problem = new ProblemLine("policy-problem");
        add(new FormLayout(country, keep, consent), problem);
        Button save = new Button("Save", click -> {
            try {
                RetentionPolicyView saved = policies.save(country.getValue(), keep.getValue() == null ? 0 : keep.getValue(),
                        consent.getValue() == null ? 0 : consent.getValue(), editing == null ? null : editing.version());
                Toasts.done("Saved the policy for " + saved.countryName());
                onSaved.accept(saved);
                close();
            } catch (PrivacyRejectedException | ConcurrentChangeException e) {
                problem.show(e.getMessage());
            }
        });
        save.setId("save-retention-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
