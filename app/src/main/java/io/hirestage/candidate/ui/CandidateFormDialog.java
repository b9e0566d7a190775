package io.hirestage.candidate.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.hirestage.base.Countries;
import io.hirestage.candidate.CandidateDraft;
import io.hirestage.candidate.CandidateRejectedException;
import io.hirestage.candidate.CandidateSummary;
import io.hirestage.candidate.Candidates;
import io.hirestage.candidate.EmailTakenException;
import io.hirestage.base.ui.Toasts;
import io.hirestage.candidate.PossibleDuplicatesException;
import io.hirestage.candidate.SourcingChannel;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Adds a candidate. Field rules come from {@link CandidateDraft}; a taken email address and
 * lookalikes (same phone number or name) come back from the service: lookalikes are listed, and
 * the recruiter adds the candidate anyway only after checking them.
 */
class CandidateFormDialog extends Dialog {

    private final Candidates candidates;
    private final CandidateSummary editing;
    private final Consumer<CandidateSummary> onSaved;

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final TextField location = new TextField("Location");
    final TextField linkedinUrl = new TextField("LinkedIn");
    final TextField githubUrl = new TextField("GitHub");
    final TextField portfolioUrl = new TextField("Portfolio");
    final ComboBox<SourcingChannel> channel = new ComboBox<>("Source");
    final TextField channelDetail = new TextField();
    final TextField tags = new TextField("Tags");
    final ComboBox<String> country = new ComboBox<>("Country");
    final Checkbox talentPoolConsent = new Checkbox("Agreed to be kept in the talent pool");
    private final BeanValidationBinder<CandidateDraft> binder = new BeanValidationBinder<>(CandidateDraft.class);
    private final Div lookalikes = new Div();

    CandidateFormDialog(Candidates candidates, Consumer<CandidateSummary> onAdded) {
        this(candidates, null, onAdded);
    }

    /**
     * @param editing the candidate to edit, as the recruiter sees them; {@code null} to add one
     * @param onSaved  given the candidate as saved
     */
    CandidateFormDialog(Candidates candidates, CandidateSummary editing, Consumer<CandidateSummary> onSaved) {
        this.candidates = candidates;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? "Add candidate" : "Edit " + editing.fullName());
        setWidth("40rem");

        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(CandidateDraft.INVALID_EMAIL));
        channel.setItems(SourcingChannel.values());
        channel.setPlaceholder("Where was the candidate found?");
        channel.setItemLabelGenerator(SourcingChannel::displayName);
        channel.addValueChangeListener(event -> showChannelDetail(event.getValue()));
        tags.setHelperText("Separated by commas, for example: java, kafka, remote");
        country.setItems(Countries.all());
        country.setItemLabelGenerator(Countries::name);
        country.setClearButtonVisible(true);
        country.setHelperText("Whose privacy notice and retention policy apply");
        // Recorded as a consent with today's date and the privacy notice in force; later changes go through the
        // profile's Privacy section, which asks how and when the candidate said so.
        talentPoolConsent.setVisible(editing == null);
        binder.bindInstanceFields(this);
        // Marked with the asterisk people look for; the draft's rules say why a field is refused.
        fullName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        channel.setRequiredIndicatorVisible(true);
        binder.setBean(editing == null ? new CandidateDraft() : CandidateDraft.of(editing));
        showChannelDetail(channel.getValue());

        lookalikes.setId("lookalikes");
        lookalikes.setVisible(false);
        FormLayout form = new FormLayout(fullName, email, phone, location, linkedinUrl, githubUrl, portfolioUrl, channel,
                channelDetail, tags, country, talentPoolConsent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form, lookalikes);

        Button save = new Button(editing == null ? "Add" : "Save", click -> {
            if (editing == null) {
                add(false);
            } else {
                save();
            }
        });
        save.setId("save-candidate");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void showChannelDetail(SourcingChannel selected) {
        channelDetail.setVisible(selected != null && selected.needsDetail());
        channelDetail.setLabel(selected == SourcingChannel.REFERRAL ? "Referred by" : "Channel");
    }

    void add(boolean notADuplicate) {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            CandidateSummary added = candidates.add(binder.getBean(), notADuplicate);
            Notification.show("Added " + added.fullName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(added);
            close();
        } catch (PossibleDuplicatesException e) {
            showLookalikes(e);
        } catch (CandidateRejectedException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
        } catch (ConstraintViolationException e) {
            showViolations(e);
        }
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            CandidateSummary saved = candidates.update(editing.id(), editing.version(), binder.getBean());
            Toasts.done("Saved " + saved.fullName());
            onSaved.accept(saved);
            close();
        } catch (EmailTakenException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
        } catch (CandidateRejectedException e) {
            Toasts.refused(e.getMessage());
        } catch (ConstraintViolationException e) {
            showViolations(e);
        }
    }

    private void showLookalikes(PossibleDuplicatesException e) {
        lookalikes.removeAll();
        lookalikes.add(new Paragraph("This may be someone already in the portal; check them (each opens in a new tab, this form stays):"));
        UnorderedList records = new UnorderedList();
        e.lookalikes().forEach(candidate -> {
            // A new tab, so what the recruiter typed here is not lost.
            Anchor record = new Anchor(RouteConfiguration.forSessionScope().getUrl(CandidateView.class, candidate.id()),
                    candidate.fullName() + " <" + candidate.email() + ">" + (candidate.phone() == null ? "" : ", " + candidate.phone()),
                    AnchorTarget.BLANK);
            record.getElement().setAttribute("rel", "noopener");
            record.addClassName("lookalike");
            records.add(new ListItem(record));
        });
        lookalikes.add(records, new Paragraph("If this is someone else, add anyway."));
        Button anyway = new Button("Add anyway", click -> add(true));
        anyway.setId("add-anyway");
        lookalikes.add(anyway);
        lookalikes.setVisible(true);
    }

    /** Checks that span fields (a referral without its referrer, a phone of too few digits) land on their field. */
    private void showViolations(ConstraintViolationException e) {
        Map<String, HasValidation> fieldsByRule = Map.of("channelDetailGiven", channelDetail, "phoneDigitCountValid", phone,
                "countryKnown", country);
        e.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            HasValidation field = fieldsByRule.get(path.substring(path.lastIndexOf('.') + 1));
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
        });
    }
}
