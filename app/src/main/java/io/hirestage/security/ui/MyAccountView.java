package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.hirestage.security.User;
import io.hirestage.security.UserChangeRejectedException;
import io.hirestage.security.UserService;
import jakarta.annotation.security.PermitAll;

/** A user's own account: who they are and a new password. Reached from the user menu. */
@Route("account")
@PageTitle("My account · Hirestage")
@PermitAll
public class MyAccountView extends VerticalLayout {

    private final UserService users;
    private final PasswordField current = new PasswordField("Current password");
    private final NewPassword next = new NewPassword("New password", "Repeat the new password");

    public MyAccountView(UserService users) {
        this.users = users;
        User user = users.currentUser().orElseThrow();
        add(new H2("My account"), new Paragraph(user.fullName() + " · " + user.username() + " · " + user.email()));
        if (users.mustChangePassword()) {
            Paragraph first = new Paragraph("An admin chose the password you logged in with. Choose your own to go on: "
                    + "until then every page brings you here.");
            first.setId("choose-your-password");
            add(first);
        }

        Button change = new Button("Change password", event -> changePassword(user));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next.password, next.repeat);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, change);
    }

    private void changePassword(User user) {
        current.setInvalid(false);
        if (!next.isAcceptable(user.username())) {
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), next.value());
        } catch (UserChangeRejectedException e) {
            NewPassword.showProblem(e.field() == UserChangeRejectedException.Field.PASSWORD ? next.password : current, e.getMessage());
            return;
        }
        current.clear();
        next.clear();
        Notification.show("Your password is changed").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getChildren().filter(child -> child.getId().filter("choose-your-password"::equals).isPresent()).toList().forEach(this::remove);
    }
}
