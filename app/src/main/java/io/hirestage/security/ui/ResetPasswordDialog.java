package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import io.hirestage.security.PasswordPolicy;
import io.hirestage.security.User;
import io.hirestage.security.UserChangeRejectedException;
import io.hirestage.security.UserService;

/** An admin sets a new password for a user who forgot theirs, to be handed over in person. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserService users, User user) {
        setHeaderTitle("New password for " + user.fullName());
        PasswordField password = new PasswordField("New password");
        password.setWidthFull();
        password.setHelperText(PasswordPolicy.HINT);
        add(password);

        Button save = new Button("Set password", event -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                Notification.show("New password set for " + user.fullName()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (UserChangeRejectedException e) {
                password.setErrorMessage(e.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
    }
}
