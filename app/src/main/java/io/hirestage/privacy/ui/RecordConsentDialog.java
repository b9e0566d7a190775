package io.hirestage.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.hirestage.base.ui.ProblemLine;
import io.hirestage.base.ui.Toasts;
import io.hirestage.base.ui.UserTime;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.privacy.ConsentPurpose;
import io.hirestage.privacy.ConsentView;
import io.hirestage.privacy.Consents;
import io.hirestage.privacy.PrivacyRejectedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;

/** Records a consent the candidate gave: to what, on which day, and how they said so. */
class RecordConsentDialog extends Dialog {

    RecordConsentDialog(CandidateSummary candidate, Consents consents, Consumer<ConsentView> onRecorded) {
        setHeaderTitle("Record " + candidate.fullName() + "'s consent");
        Select<ConsentPurpose> purpose = new Select<>();
        purpose.setLabel("Consent to");
        purpose.setItems(ConsentPurpose.values());
        purpose.setItemLabelGenerator(ConsentPurpose::displayName);
        purpose.setValue(ConsentPurpose.TALENT_POOL);
        purpose.setId("consent-purpose");
        LocalDate today = LocalDate.now(UserTime.zone());
        DatePicker givenOn = new DatePicker("Given on", today);
        givenOn.setMax(today);
        givenOn.setId("consent-given-on");
        TextField source = new TextField("How they said so");
        source.setPlaceholder("Careers page form, email of 3 Dec to Riley…");
        source.setMaxLength(200);
        source.setId("consent-source");
        ProblemLine problem = new ProblemLine("consent-problem");
        FormLayout form = new FormLayout(purpose, givenOn, source);
        form.setColspan(source, 2);
        add(form, new Paragraph("Recorded under the privacy notice in force for the candidate's country; it holds for the months "
                + "their retention policy says."), problem);
        Button save = new Button("Record", click -> {
            try {
                LocalDate day = givenOn.getValue();
                // The day in the recruiter's zone; today counts from now, so a consent given this morning is not in the future.
                ConsentView recorded = consents.record(candidate.id(), purpose.getValue(), day == null ? null
                        : day.equals(today) ? Instant.now() : UserTime.instant(day.atTime(LocalTime.NOON)), source.getValue());
                Toasts.done("Recorded: " + recorded.purpose().displayName().toLowerCase());
                onRecorded.accept(recorded);
                close();
            } catch (PrivacyRejectedException e) {
                problem.show(e.getMessage());
            }
        });
        save.setId("save-consent");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
