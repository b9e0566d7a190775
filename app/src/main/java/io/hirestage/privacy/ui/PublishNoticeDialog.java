package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.hirestage.base.Countries;
import io.hirestage.base.ui.Toasts;
import io.hirestage.privacy.PrivacyNoticeView;
import io.hirestage.privacy.PrivacyNotices;
import io.hirestage.privacy.PrivacyRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Publishes a new version of a country's privacy notice, starting from the text in force there. */
class PublishNoticeDialog extends Dialog {

    PublishNoticeDialog(PrivacyNotices notices, Consumer<PrivacyNoticeView> onPublished) {
        setHeaderTitle("Publish a privacy notice");
        setWidth("44rem");
        List<String> countries = new ArrayList<>();
        countries.add(PrivacyNotices.EVERY_OTHER_COUNTRY);
        countries.addAll(Countries.all());
        ComboBox<String> country = new ComboBox<>("For", countries);
        country.setItemLabelGenerator(PrivacyNotices::countryName);
        country.setId("notice-country");
        TextArea text = new TextArea("Text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxLength(20_000);
        text.setId("notice-text");
        country.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                text.setValue(notices.inForce(PrivacyNotices.EVERY_OTHER_COUNTRY.equals(change.getValue()) ? null : change.getValue()).text());
            }
        });
        country.setValue(PrivacyNotices.EVERY_OTHER_COUNTRY);
        Paragraph problem = new Paragraph();
        problem.setId("notice-problem");
        problem.addClassName("state-badge");
        problem.getElement().setAttribute("data-state", "REJECTED");
        problem.setVisible(false);
        add(country, text, problem);
        Button publish = new Button("Publish", click -> {
            try {
                PrivacyNoticeView published = notices.publish(country.getValue(), text.getValue());
                Toasts.done("Published " + published.label());
                onPublished.accept(published);
                close();
            } catch (PrivacyRejectedException e) {
                problem.setText(e.getMessage());
                problem.setVisible(true);
            }
        });
        publish.setId("confirm-publish-notice");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), publish);
    }
}
