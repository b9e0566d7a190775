package io.hirestage.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.hirestage.security.Invitation;
import io.hirestage.security.InvitationMail;
import io.hirestage.security.PasswordPolicy;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserChangeRejectedException;
import io.hirestage.security.UserDraft;
import io.hirestage.security.UserService;

/**
 * Adds a user or edits one. Field rules come from {@link UserDraft}'s constraints; what only the
 * service can know (a taken user name, the last admin) comes back from it and is shown on the field.
 */
class UserFormDialog extends Dialog {

    private final UserService users;
    private final InvitationMail invitationMail;
    private final User existing;
    private final Runnable onChange;

    final TextField username = new TextField("User name");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final PasswordField password = new PasswordField("Initial password");
    private final BeanValidationBinder<UserDraft> binder = new BeanValidationBinder<>(UserDraft.class);

    UserFormDialog(UserService users, InvitationMail invitationMail, User existing, Runnable onChange) {
        this.users = users;
        this.invitationMail = invitationMail;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(existing == null ? "Add user" : "Edit " + existing.fullName());
        setWidth("34rem");

        // The field checks the address itself before the binder does; it must say the same.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(UserDraft.INVALID_EMAIL));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::displayName);
        password.setHelperText("Leave it empty to invite them instead: a one-time link, emailed to them when the portal sends email, "
                + "lets them choose their own password. "
                + "A password set here must be changed at their first login. " + PasswordPolicy.HINT);
        binder.bindInstanceFields(this);
        binder.setBean(existing == null ? new UserDraft() : UserDraft.of(existing));

        FormLayout form = new FormLayout(username, fullName, email, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (existing == null) {
            form.add(password);
        } else {
            username.setReadOnly(true);
            username.setHelperText("A user name never changes; the audit trail refers to it");
            getFooter().add(enableButton(), resetPasswordButton());
        }
        add(form);

        Button save = new Button("Save", event -> save());
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private Button enableButton() {
        Button button = new Button(existing.enabled() ? "Disable" : "Enable", event -> {
            try {
                users.setEnabled(existing.id(), !existing.enabled());
                onChange.run();
                close();
            } catch (UserChangeRejectedException e) {
                showError(e);
            }
        });
        if (existing.enabled()) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private Button resetPasswordButton() {
        return new Button("Reset password", event -> new ResetPasswordDialog(users, existing).open());
    }

    void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        UserDraft draft = binder.getBean();
        try {
            if (existing == null && password.isEmpty()) {
                Invitation invitation = users.invite(draft);
                new InvitationLinkDialog(invitation, invitationMail.send(invitation)).open();
            } else if (existing == null) {
                var weak = PasswordPolicy.problemWith(password.getValue(), draft.getUsername());
                if (weak.isPresent()) {
                    markInvalid(password, weak.get());
                    return;
                }
                users.create(draft, password.getValue());
                Notification.show("Added " + draft.getFullName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                users.update(existing.id(), existing.version(), draft);
                Notification.show("Saved " + draft.getFullName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            onChange.run();
            close();
        } catch (UserChangeRejectedException e) {
            showError(e);
        }
    }

    private void showError(UserChangeRejectedException e) {
        switch (e.field()) {
            case USERNAME -> markInvalid(username, e.getMessage());
            case EMAIL -> markInvalid(email, e.getMessage());
            case PASSWORD -> markInvalid(password, e.getMessage());
            case ROLES -> markInvalid(roles, e.getMessage());
            case ENABLED, NONE -> Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
