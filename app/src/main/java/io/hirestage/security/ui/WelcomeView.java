package io.hirestage.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.hirestage.security.User;
import io.hirestage.security.UserChangeRejectedException;
import io.hirestage.security.UserService;

/**
 * Where an invitation link leads: the new user chooses their first password, once. The link's
 * secret is the whole proof, so the page says the same for a used, expired or made-up link.
 */
@Route(value = "welcome", autoLayout = false)
@PageTitle("Welcome · Hirestage")
@AnonymousAllowed
public class WelcomeView extends VerticalLayout implements HasUrlParameter<String> {

    private final UserService users;
    private final NewPassword password = new NewPassword("Your password", "Repeat it");

    public WelcomeView(UserService users) {
        this.users = users;
        setAlignItems(Alignment.CENTER);
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1("Hirestage"));
        User user = users.invitee(token).orElse(null);
        if (user == null) {
            Paragraph gone = new Paragraph(UserService.LINK_GONE);
            gone.setId("link-gone");
            add(gone, new Anchor("login", "Log in"));
            return;
        }
        Paragraph welcome = new Paragraph("Welcome, " + user.fullName() + ". Choose your password; you log in with the user name "
                + user.username() + ".");
        welcome.setId("welcome");
        FormLayout form = new FormLayout(password.password, password.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button choose = new Button("Set my password", click -> choose(token, user));
        choose.setId("set-my-password");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(welcome, form, choose);
    }

    private void choose(String token, User user) {
        if (!password.isAcceptable(user.username())) {
            return;
        }
        try {
            users.choosePasswordFromInvitation(token, password.value());
        } catch (UserChangeRejectedException e) {
            NewPassword.showProblem(e.field() == UserChangeRejectedException.Field.PASSWORD ? password.password : password.repeat,
                    e.getMessage());
            return;
        }
        removeAll();
        Paragraph done = new Paragraph("Your password is set. Log in with the user name " + user.username() + ".");
        done.setId("password-set");
        add(new H1("Hirestage"), done, new Anchor("login", "Log in"));
    }
}
