package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.hirestage.base.ui.ProblemLine;
import io.hirestage.base.ui.Toasts;
import io.hirestage.privacy.PrivacyNoticeView;
import io.hirestage.privacy.PrivacyNotices;
import io.hirestage.privacy.PrivacyRejectedException;
import java.util.function.Consumer;

/** Publishes a new version of a country's privacy notice, starting from the text in force there. */
class PublishNoticeDialog extends Dialog {

    PublishNoticeDialog(PrivacyNotices notices, Consumer<PrivacyNoticeView> onPublished) {
        setHeaderTitle("Publish a privacy notice");
        setWidth("44rem");
        ComboBox<String> country = new ComboBox<>("For", PrivacyNotices.choices());
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
        ProblemLine problem = new ProblemLine("notice-problem");
        add(country, text, problem);
        Button publish = new Button("Publish", click -> {
            try {
                PrivacyNoticeView published = notices.publish(country.getValue(), text.getValue());
                Toasts.done("Published " + published.label());
                onPublished.accept(published);
                close();
            } catch (PrivacyRejectedException e) {
                problem.show(e.getMessage());
            }
        });
        publish.setId("confirm-publish-notice");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), publish);
    }
}
